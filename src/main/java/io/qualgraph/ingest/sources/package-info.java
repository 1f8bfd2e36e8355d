/**
 * Importers of public ownership, sanctions and CRM data, one sub-package per format, each a pure converter into bundle
 * rows ({@link io.qualgraph.ingest.sources.SourceRows}) that the one write path, bundle ingest, validates and writes.
 */
package io.qualgraph.ingest.sources;
