package io.qualgraph.tools.seed;

import static io.qualgraph.scoring.EngagementType.*;

import java.util.List;

import io.qualgraph.scoring.EngagementType;

/** Type mixes, topics and channels of engagement events. */
final class EventCatalog {

    static final EngagementType[] TYPES = EngagementType.values();
    /** Everyday interest, indexed like {@link EngagementType#values()}. */
    static final double[] BASELINE = mix(PAGE_VISIT, 18, PRICING_PAGE_VISIT, 2, CASE_STUDY_VIEW, 3, BLOG_VIEW, 14,
            CAREERS_PAGE_VISIT, 1.2, EMAIL_OPEN, 34, EMAIL_CLICK, 8, CONTENT_DOWNLOAD, 3.5, WEBINAR_ATTENDED, 1.2,
            DEMO_REQUEST, 0.12, TRIAL_SIGNUP, 0.15, FORM_SUBMIT, 1.0, MEETING_HELD, 0.2);
    /** Research in the weeks before an opportunity opens. */
    static final double[] BUYING = mix(PAGE_VISIT, 18, PRICING_PAGE_VISIT, 12, CASE_STUDY_VIEW, 10, BLOG_VIEW, 6,
            EMAIL_OPEN, 14, EMAIL_CLICK, 10, CONTENT_DOWNLOAD, 8, WEBINAR_ATTENDED, 4, FORM_SUBMIT, 3,
            MEETING_HELD, 5, TRIAL_SIGNUP, 1.5);
    /** While an opportunity is open. */
    static final double[] SELLING = mix(MEETING_HELD, 10, EMAIL_OPEN, 10, EMAIL_CLICK, 4, PRICING_PAGE_VISIT, 3,
            CASE_STUDY_VIEW, 2, PAGE_VISIT, 4, PRODUCT_LOGIN, 1.5);

    private static final List<String> PAGES = List.of("product overview", "integrations", "security", "graph analytics",
            "account scoring", "KYC checks", "customers", "about us");
    private static final List<String> WEB_CHANNELS = List.of("organic-search", "direct", "paid-search", "linkedin",
            "referral");
    private static final List<String> BLOG = List.of("graph databases", "lead scoring", "account-based marketing",
            "beneficial ownership", "data quality", "sanctions screening", "revenue operations");
    private static final List<String> ASSETS = List.of("ABM playbook", "KYC ownership guide",
            "scoring benchmark report", "graph data model e-book");
    private static final List<String> WEBINARS = List.of("Scoring accounts on a graph", "Ownership chains explained",
            "From MQL to buying group", "Sanctions: the 50% rule in practice");
    private static final List<String> MEETINGS = List.of("discovery call", "technical deep dive", "pricing discussion",
            "executive briefing");

    private EventCatalog() {
    }

    static Ev event(Rand rand, int contact, EngagementType type, long at, String campaign, String industry) {
        return switch (type) {
            case PAGE_VISIT -> new Ev(contact, type, at, rand.pick(PAGES), rand.pick(WEB_CHANNELS));
            case PRICING_PAGE_VISIT -> new Ev(contact, type, at, "pricing", rand.pick(WEB_CHANNELS));
            case CASE_STUDY_VIEW -> new Ev(contact, type, at, "case study: " + (rand.chance(0.6) ? industry
                    : rand.pick(Industry.ALL).name()), rand.pick(WEB_CHANNELS));
            case BLOG_VIEW -> new Ev(contact, type, at, rand.pick(BLOG), rand.pick(WEB_CHANNELS));
            case CAREERS_PAGE_VISIT -> new Ev(contact, type, at, "careers", rand.pick(WEB_CHANNELS));
            case EMAIL_OPEN, EMAIL_CLICK -> new Ev(contact, type, at, campaign, "email");
            case CONTENT_DOWNLOAD -> new Ev(contact, type, at, rand.pick(ASSETS), "web");
            case WEBINAR_ATTENDED -> new Ev(contact, type, at, rand.pick(WEBINARS), "webinar");
            case DEMO_REQUEST -> new Ev(contact, type, at, "demo", "web");
            case TRIAL_SIGNUP -> new Ev(contact, type, at, "free trial", "web");
            case FORM_SUBMIT -> new Ev(contact, type, at, rand.chance(0.5) ? "contact us" : "newsletter signup", "web");
            case PRODUCT_LOGIN -> new Ev(contact, type, at, "app", "product");
            case MEETING_HELD -> new Ev(contact, type, at, rand.pick(MEETINGS), "sales");
            case UNSUBSCRIBE -> new Ev(contact, type, at, "newsletter", "email");
        };
    }

    private static double[] mix(Object... typesAndWeights) {
        double[] weights = new double[TYPES.length];
        for (int i = 0; i < typesAndWeights.length; i += 2) {
            weights[((EngagementType) typesAndWeights[i]).ordinal()] = ((Number) typesAndWeights[i + 1]).doubleValue();
        }
        return weights;
    }
}
