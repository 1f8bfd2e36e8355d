package io.qualgraph.scoring;

import java.util.ArrayList;
import java.util.List;

import io.qualgraph.engagement.EngagementType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and checks a scoring-model file (YAML, or JSON which is YAML too). A bad file is rejected with
 * every problem named, so a model author can fix them in one go.
 */
public final class ScoringModelFile {

    /**
     * The problems found in a model file, each {@code "path: message"} with the path inside the file ({@code $} for
     * the whole file); empty when it can be used.
     */
    public record Check(ScoringModel model, List<String> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ScoringModelFile() {
    }

    /** Parses and validates {@code text}; never throws for bad content. */
    public static Check read(String text) {
        ScoringModel model;
        try {
            model = YAML.readValue(text, ScoringModel.class);
        } catch (JacksonException e) {
            return new Check(null, List.of("$: unreadable: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
        }
        if (model == null) {
            return new Check(null, List.of("$: the file is empty"));
        }
        if (model.lead() == null) {
            model = model.withLead(DefaultLead.PART);
        }
        if (model.buyers() == null) {
            model = model.withBuyers(DefaultLead.BUYERS);
        }
        return new Check(model, problems(model));
    }

    private static List<String> problems(ScoringModel m) {
        List<String> problems = new ArrayList<>();
        require(problems, m.version() != null && m.version().matches("[A-Za-z0-9._-]{1,64}"),
                "version: is required, 1–64 letters, digits, '.', '_' or '-'");
        String[] sections = {"fit", "engagement", "activation", "committee", "intent", "contact", "qualification"};
        Object[] values = {m.fit(), m.engagement(), m.activation(), m.committee(), m.intent(), m.contact(), m.qualification()};
        boolean complete = true;
        for (int i = 0; i < sections.length; i++) {
            require(problems, values[i] != null, sections[i] + ": required section");
            complete &= values[i] != null;
        }
        if (!complete) {
            return problems;
        }
        ModelChecks.fit(m.fit(), problems);
        ModelChecks.engagement(m.engagement(), problems);
        ModelChecks.qualification(m.qualification(), problems);
        ModelChecks.buyers(m.buyers(), problems);
        LeadModelChecks.check(m.lead(), problems);
        require(problems, m.activation().windowDays() > 0 && m.activation().minContacts() >= 2,
                "activation: windowDays must be > 0 and minContacts ≥ 2");
        require(problems, m.intent().halfLifeDays() > 0 && m.intent().cap() >= 0,
                "intent: halfLifeDays must be > 0 and cap ≥ 0");
        for (EngagementType type : EngagementType.values()) {
            require(problems, m.engagement().points().containsKey(type), "engagement.points." + type + ": missing");
        }
        return problems;
    }

    static void require(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
