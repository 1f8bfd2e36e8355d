/** KEK German media-ownership tables (companies and shares) converted into ownership bundles. */
package io.qualgraph.ingest.sources.kek;
