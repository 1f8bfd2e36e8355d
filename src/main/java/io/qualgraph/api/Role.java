package io.qualgraph.api;

import java.util.Locale;

/** What an API key may do: sales reads scores, compliance also sees risk evidence and reviews, admin does everything. */
public enum Role {
    SALES, COMPLIANCE, ADMIN;

    public static Role parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown role '" + text + "' in QUALGRAPH_API_KEYS; use sales, compliance or admin");
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
