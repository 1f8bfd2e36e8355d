/** Importers of public ownership and sanctions data, one sub-package per format, converting into bundle rows. */
package io.qualgraph.ingest.sources;
