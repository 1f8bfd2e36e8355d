package io.qualgraph.ingest;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits and batch sizes of ingest.
 *
 * @param maxBytes largest body {@code POST /api/ingest/**} accepts (QUALGRAPH_INGEST_MAX_BYTES); larger is 413
 * @param maxRows most rows one API request may carry, committee seats included (QUALGRAPH_INGEST_MAX_ROWS)
 * @param batchRows rows per UNWIND statement inside a transaction
 * @param chunkRows rows per transaction when the command line or the seed loader imports a large file
 */
@Validated
@ConfigurationProperties("qualgraph.ingest")
public record IngestSettings(
        @DefaultValue("64MB") DataSize maxBytes,
        @DefaultValue("250000") @Min(1) int maxRows,
        @DefaultValue("10000") @Min(1) int batchRows,
        @DefaultValue("10000") @Min(1) int chunkRows) {

    public IngestSettings {
        if (maxBytes.toBytes() < 1 || maxBytes.toBytes() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("qualgraph.ingest.max-bytes must be between 1B and 2GB, was " + maxBytes);
        }
    }
}
