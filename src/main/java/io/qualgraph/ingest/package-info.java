/** Getting data in: the JSON bundle, CSV sections, standard ownership formats, seed data. */
package io.qualgraph.ingest;
