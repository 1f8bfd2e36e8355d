package io.qualgraph.lead;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The domains resolution compares with entities' {@code domain}: an e-mail's, a website's, and their parents. Pure. */
final class Domains {

    private Domains() {
    }

    /** The part after the last {@code @}, lower case; null without one. */
    static String ofEmail(String email) {
        if (email == null || email.lastIndexOf('@') < 0) {
            return null;
        }
        String domain = email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
        return domain.isEmpty() ? null : domain;
    }

    /** The host of a website given as a URL or a bare name, lower case, without {@code www.}; null when none. */
    static String ofWebsite(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String host = website.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        host = host.replaceFirst("^[^@/]*@", "");
        int end = host.length();
        for (char stop : new char[] {'/', '?', '#', ':'}) {
            int at = host.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        host = host.substring(0, end).replaceFirst("^www\\d?\\.", "");
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.contains(".") ? host : null;
    }

    /** The domain and each parent of at least two labels, most specific first: a.b.acme.de, b.acme.de, acme.de. */
    static List<String> withParents(String domain) {
        List<String> all = new ArrayList<>();
        if (domain == null) {
            return all;
        }
        String current = domain;
        while (current.indexOf('.') > 0) {
            all.add(current);
            current = current.substring(current.indexOf('.') + 1);
        }
        return all;
    }
}
