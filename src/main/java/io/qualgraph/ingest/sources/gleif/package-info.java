/** GLEIF Level 1 (LEI records) and Level 2 (relationship records) converted into ownership bundles. */
package io.qualgraph.ingest.sources.gleif;
