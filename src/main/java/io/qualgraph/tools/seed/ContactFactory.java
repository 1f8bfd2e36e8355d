package io.qualgraph.tools.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qualgraph.scoring.Seniority;
import io.qualgraph.tools.seed.SeedContact.EmailKind;

/** The people we sell to in each family, spread over its operating companies by head count. */
final class ContactFactory {

    static final List<String> COMPETITOR_DOMAINS = List.of("leadgraph.io", "accountpulse.com", "scoremint.ai");
    static final List<String> STUDENT_DOMAINS = List.of("stanford.edu", "mit.edu", "nyu.edu", "ed.ac.uk",
            "ucl.ac.uk", "imperial.ac.uk");
    private static final List<String> PERSONAL = List.of("gmail.com", "outlook.com", "yahoo.com", "icloud.com",
            "proton.me");
    private static final Map<String, List<String>> LOCAL_PERSONAL = Map.of("DE", List.of("web.de", "gmx.de",
            "t-online.de"), "GB", List.of("hotmail.co.uk", "btinternet.com"), "FR", List.of("orange.fr", "free.fr"),
            "IT", List.of("libero.it"), "PL", List.of("wp.pl", "onet.pl"), "AT", List.of("gmx.at"));
    static final double[] SENIORITY_WEIGHTS = {5, 8, 15, 25, 37, 5, 5};

    private final Set<String> emails = new HashSet<>();
    private int count;

    /** The contacts of one family, in a stable order; empty when no member has a domain. */
    List<SeedContact> forFamily(Family family, Rand rand) {
        List<SeedEntity> operating = family.operating();
        List<SeedContact> contacts = new ArrayList<>();
        if (operating.isEmpty()) {
            return contacts;
        }
        double mean = (7 + 5.5 * Math.log(Math.max(family.employees(), 50) / 50.0)) * (0.6 + 0.8 * family.propensity);
        int n = Math.max(3, (int) Math.round(mean * rand.logNormal(1, 0.25)));
        double[] weights = operating.stream().mapToDouble(e -> Math.sqrt(e.employees())).toArray();
        for (int i = 0; i < n; i++) {
            contacts.add(contact(operating.get(rand.weighted(weights)), family.propensity, rand));
        }
        return contacts;
    }

    private SeedContact contact(SeedEntity entity, double propensity, Rand rand) {
        Country country = Country.of(entity.jurisdiction());
        String first = rand.pick(country.firstNames());
        String last = rand.pick(country.lastNames());
        Seniority seniority = Seniority.values()[rand.weighted(SENIORITY_WEIGHTS)];
        String department = Titles.DEPARTMENTS.get(rand.weighted(Titles.DEPARTMENT_WEIGHTS));
        EmailKind kind = kind(rand, seniority);
        String domain = switch (kind) {
            case COMPANY -> entity.domain();
            case PERSONAL -> rand.chance(0.5) ? rand.pick(LOCAL_PERSONAL.getOrDefault(country.code(), PERSONAL))
                    : rand.pick(PERSONAL);
            case STUDENT -> rand.pick(STUDENT_DOMAINS);
            case COMPETITOR -> rand.pick(COMPETITOR_DOMAINS);
        };
        double activity = rand.chance(0.2 + 0.4 * (1 - propensity)) ? 0.05 : rand.logNormal(1, 0.7);
        count++;
        return new SeedContact(String.format("C%07d", count), entity.id(), first + " " + last,
                email(first, last, domain, kind, rand), Titles.title(rand, seniority, department, country.code()),
                seniority, department, kind, activity);
    }

    private static EmailKind kind(Rand rand, Seniority seniority) {
        boolean junior = seniority == Seniority.INTERN || seniority == Seniority.STUDENT;
        double x = rand.uniform();
        if (x < (junior ? 0.45 : 0.005)) {
            return EmailKind.STUDENT;
        }
        return x < (junior ? 0.55 : 0.085) ? EmailKind.PERSONAL : x < (junior ? 0.57 : 0.115) ? EmailKind.COMPETITOR
                : EmailKind.COMPANY;
    }

    private String email(String first, String last, String domain, EmailKind kind, Rand rand) {
        String f = Stems.mailbox(first);
        String l = Stems.mailbox(last);
        String local = kind == EmailKind.PERSONAL && rand.chance(0.5) ? f + l + rand.between(70, 99)
                : kind == EmailKind.COMPANY && rand.chance(0.2) ? f.charAt(0) + l : f + "." + l;
        String email = local + "@" + domain;
        for (int i = 2; !emails.add(email); i++) {
            email = local + i + "@" + domain;
        }
        return email;
    }
}
