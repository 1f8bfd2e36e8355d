package io.qualgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Splits a bundle into bundles of at most {@code chunkRows} rows, keeping the section order (referenced rows first). */
final class BundleChunks {

    private BundleChunks() {
    }

    static List<Bundle> split(Bundle bundle, int chunkRows) {
        List<Bundle> chunks = new ArrayList<>();
        BundleBuilder builder = Bundle.builder();
        List<Object> rows = Stream.of(bundle.entities(), bundle.persons(), bundle.ownership(), bundle.riskFlags(),
                bundle.contacts(), bundle.engagements(), bundle.opportunities(), bundle.committee(), bundle.intent(),
                bundle.leads()).<Object>flatMap(List::stream).toList();
        for (Object row : rows) {
            builder.addRow(row);
            if (builder.size() >= chunkRows) {
                chunks.add(builder.build());
                builder = Bundle.builder();
            }
        }
        if (builder.size() > 0 || chunks.isEmpty()) {
            chunks.add(builder.build());
        }
        return chunks;
    }
}
