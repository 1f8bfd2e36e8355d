package io.qualgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BundleChunksTests {

    @Test
    void splits_in_section_order_so_referenced_rows_come_first() {
        BundleBuilder builder = Bundle.builder();
        for (int i = 0; i < 3; i++) {
            builder.add(new Bundle.Engagement("V" + i, "C1", "EMAIL_OPEN", "2026-01-01", null, null));
        }
        builder.add(Bundle.Entity.named("E1", "A", "DE"))
                .add(new Bundle.Contact("C1", "E1", null, null, null, null, null));
        List<Bundle> chunks = BundleChunks.split(builder.build(), 2);
        assertThat(chunks).hasSize(3);
        assertThat(chunks.get(0).entities()).hasSize(1);
        assertThat(chunks.get(0).contacts()).hasSize(1);
        assertThat(chunks.get(1).engagements()).hasSize(2);
        assertThat(chunks.get(2).engagements()).extracting(Bundle.Engagement::id).containsExactly("V2");
    }

    @Test
    void an_empty_bundle_is_one_empty_chunk() {
        assertThat(BundleChunks.split(Bundle.empty(), 10)).hasSize(1);
    }
}
