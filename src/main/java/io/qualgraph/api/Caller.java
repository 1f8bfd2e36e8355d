package io.qualgraph.api;

import org.springframework.security.core.Authentication;

/** Who is calling, as the API key says: for answers that differ by role and for audit trails. */
record Caller(String name, Role role) {

    static Caller of(Authentication authentication) {
        Role role = authentication.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> Role.valueOf(a.substring("ROLE_".length())))
                .findFirst().orElse(Role.SALES);
        return new Caller(authentication.getName(), role);
    }

    boolean seesEvidence() {
        return role == Role.COMPLIANCE || role == Role.ADMIN;
    }
}
