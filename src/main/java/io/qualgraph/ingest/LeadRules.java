package io.qualgraph.ingest;

import java.util.regex.Pattern;

import io.qualgraph.scoring.Authority;
import io.qualgraph.scoring.Budget;
import io.qualgraph.scoring.LeadSource;
import io.qualgraph.scoring.LeadStatus;
import io.qualgraph.scoring.Need;
import io.qualgraph.scoring.Seniority;
import io.qualgraph.scoring.Timeline;

/** The field rules of a lead row beyond its id and contact: formats, lengths and vocabularies. */
final class LeadRules {

    /** Digits with the usual separators, an optional leading + and an extension; 5 to 20 digits. */
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{5,40}((ext\\.?|x) ?[0-9]{1,6})?$");
    private static final int MAX_TEXT = 1000;

    private LeadRules() {
    }

    static void check(String p, Bundle.Lead r, Errors errors) {
        errors.email(p + ".email", r.email());
        errors.oneOf(p + ".seniority", r.seniority(), Seniority.class);
        errors.oneOf(p + ".source", r.source(), LeadSource.class);
        errors.oneOf(p + ".status", r.status(), LeadStatus.class);
        errors.country(p + ".country", r.country());
        errors.maxLength(p + ".lei", r.lei(), Errors.MAX_KEY_LENGTH);
        errors.maxLength(p + ".website", r.website(), Errors.MAX_DOMAIN_LENGTH + 200);
        for (String[] text : new String[][] {{"name", r.name()}, {"title", r.title()}, {"department", r.department()},
                {"company", r.company()}}) {
            errors.maxLength(p + "." + text[0], text[1], MAX_TEXT);
        }
        phone(p + ".phone", r.phone(), errors);
        errors.date(p + ".createdAt", r.createdAt());
        if (r.answers() != null) {
            errors.oneOf(p + ".answers.budget", r.answers().budget(), Budget.class);
            errors.oneOf(p + ".answers.timeline", r.answers().timeline(), Timeline.class);
            errors.oneOf(p + ".answers.authority", r.answers().authority(), Authority.class);
            errors.oneOf(p + ".answers.need", r.answers().need(), Need.class);
        }
    }

    private static void phone(String path, String phone, Errors errors) {
        if (phone == null) {
            return;
        }
        long digits = phone.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(phone.strip()).matches() || digits < 5 || digits > 20) {
            errors.add(path, "is not a phone number (5 to 20 digits, optional +, spaces, dots, dashes, brackets): '"
                    + phone + "'");
        }
    }
}
