package io.qualgraph.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The shipped default model's {@code lead:} part, which a model file without one takes (files older than leads). */
final class DefaultLead {

    private record LeadOnly(LeadModel lead, ScoringModel.Buyers buyers) {
    }

    private static final LeadOnly PARTS = read();
    static final LeadModel PART = PARTS.lead();
    /** The default's {@code buyers:} part, for files older than it. */
    static final ScoringModel.Buyers BUYERS = PARTS.buyers();

    private DefaultLead() {
    }

    private static LeadOnly read() {
        ObjectMapper yaml = YAMLMapper.builder()
                .configure(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).build();
        try (InputStream in = DefaultLead.class.getResourceAsStream("/scoring-models/default-v1.yaml")) {
            return yaml.readValue(in, LeadOnly.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped scoring model", e);
        }
    }
}
