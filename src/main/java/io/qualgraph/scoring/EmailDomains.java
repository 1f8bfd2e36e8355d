package io.qualgraph.scoring;

import java.util.Locale;
import java.util.Optional;

/** Recognises personal, student and competitor e-mail domains from the model's lists. */
public enum EmailDomains {
    COMPETITOR("EMAIL_COMPETITOR_DOMAIN", "competitor"),
    STUDENT("EMAIL_STUDENT_DOMAIN", "student"),
    PERSONAL("EMAIL_PERSONAL_DOMAIN", "personal");

    private final String code;
    private final String label;

    EmailDomains(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public int points(ScoringModel.Negatives negatives) {
        return switch (this) {
            case COMPETITOR -> negatives.competitorPoints();
            case STUDENT -> negatives.studentPoints();
            case PERSONAL -> negatives.personalDomainPoints();
        };
    }

    /** The kind of domain the address is on, the most severe first; empty for a company domain. */
    public static Optional<EmailDomains> classify(String email, ScoringModel.Negatives negatives) {
        if (email == null || email.indexOf('@') < 0) {
            return Optional.empty();
        }
        String domain = email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        if (negatives.competitorDomains().contains(domain)) {
            return Optional.of(COMPETITOR);
        }
        if (negatives.studentDomainSuffixes().stream().anyMatch(domain::endsWith)
                || negatives.studentDomainPrefixes().stream().anyMatch(domain::startsWith)) {
            return Optional.of(STUDENT);
        }
        if (negatives.personalDomains().contains(domain)) {
            return Optional.of(PERSONAL);
        }
        return Optional.empty();
    }
}
