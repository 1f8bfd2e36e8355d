package io.qualgraph.tools.seed;

import java.util.Map;

import io.qualgraph.scoring.Seniority;

/** A generated contact and the kind of e-mail address it uses. */
record SeedContact(String id, String entity, String name, String email, String title, Seniority seniority,
        String department, EmailKind emailKind, double activity) {

    enum EmailKind { COMPANY, PERSONAL, STUDENT, COMPETITOR }

    boolean senior() {
        return seniority == Seniority.C_LEVEL || seniority == Seniority.VP;
    }

    boolean junior() {
        return junior(seniority);
    }

    static boolean junior(Seniority seniority) {
        return seniority == Seniority.INTERN || seniority == Seniority.STUDENT;
    }

    /** Whether this person could buy from us: not a student, an intern or a competitor. */
    boolean canBuy() {
        return !junior() && emailKind != EmailKind.STUDENT && emailKind != EmailKind.COMPETITOR;
    }

    Map<String, Object> row() {
        return Rows.of("id", id, "entity", entity, "name", name, "email", email, "title", title,
                "seniority", seniority.name(), "department", department);
    }
}
