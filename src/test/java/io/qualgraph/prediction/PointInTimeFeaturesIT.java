package io.qualgraph.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.qualgraph.accounts.AccountQualification;
import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.BundleIngest;
import io.qualgraph.lead.LeadDecisions;
import io.qualgraph.lead.LeadReads;
import io.qualgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Features are read as the graph stood at the opportunity's (or the lead's) createdAt: events, intent and sales
 * decisions planted after it change nothing.
 */
@IntegrationTest
class PointInTimeFeaturesIT {

    private static final Instant CREATED = Instant.parse("2026-06-01T00:00:00Z");

    @Autowired
    BundleIngest ingest;
    @Autowired
    JsonMapper json;
    @Autowired
    AccountQualification accounts;
    @Autowired
    LeadReads leads;
    @Autowired
    LeadDecisions decisions;

    private void ingest(String bundle) {
        ingest.ingest(json.readValue(bundle, Bundle.class));
    }

    private FeatureSet.Row features(Instant at) {
        return AccountFeatures.of(accounts.account("PIT-E", at));
    }

    @Test
    void events_after_the_instant_do_not_change_the_features() {
        ingest("""
                {"entities": [{"id": "PIT-E", "name": "Point In Time GmbH", "jurisdiction": "DE", "industry": "Software",
                               "employees": 700, "domain": "pit-example.de"}],
                 "contacts": [{"id": "PIT-C", "entity": "PIT-E", "name": "Petra Point", "email": "petra@pit-example.de",
                               "title": "CFO", "seniority": "C_LEVEL", "department": "Finance"}],
                 "engagements": [{"id": "PIT-V1", "contact": "PIT-C", "type": "WEBINAR_ATTENDED",
                                  "at": "2026-05-20T10:00:00Z"}],
                 "opportunities": [{"id": "PIT-O", "entity": "PIT-E", "createdAt": "2026-06-01T00:00:00Z",
                                    "closedAt": "2026-08-01T00:00:00Z", "outcome": "LOST", "amount": 50000}]}
                """);
        FeatureSet.Row before = features(CREATED);
        ingest("""
                {"engagements": [{"id": "PIT-V2", "contact": "PIT-C", "type": "DEMO_REQUEST", "at": "2026-06-02T09:00:00Z"},
                                 {"id": "PIT-V3", "contact": "PIT-C", "type": "PRICING_PAGE_VISIT",
                                  "at": "2026-06-03T09:00:00Z"}],
                 "intent": [{"id": "PIT-I", "entity": "PIT-E", "topic": "account scoring", "strength": 0.9,
                             "observedAt": "2026-06-05T00:00:00Z"}]}
                """);
        assertThat(features(CREATED)).isEqualTo(before);
        assertThat(features(Instant.parse("2026-06-10T00:00:00Z")))
                .as("the planted events do count once they have happened").isNotEqualTo(before);
    }

    @Test
    void a_leads_features_at_its_arrival_ignore_what_came_after() {
        ingest("""
                {"entities": [{"id": "PIT-LE", "name": "Arrival Systems AG", "jurisdiction": "DE", "industry": "Software",
                               "employees": 900, "domain": "arrival-example.de"}],
                 "contacts": [{"id": "PIT-LC", "entity": "PIT-LE", "name": "Lena Lead", "email": "lena@arrival-example.de",
                               "title": "VP Operations", "seniority": "VP", "department": "Operations"}],
                 "engagements": [{"id": "PIT-LV1", "contact": "PIT-LC", "type": "WEBINAR_ATTENDED",
                                  "at": "2026-05-25T10:00:00Z"}],
                 "leads": [{"id": "PIT-L", "contact": "PIT-LC", "source": "INBOUND_FORM",
                            "createdAt": "2026-06-01T00:00:00Z", "status": "WORKING"}]}
                """);
        FeatureSet.Row before = LeadFeatures.of(leads.lead("PIT-L", CREATED));
        ingest("""
                {"engagements": [{"id": "PIT-LV2", "contact": "PIT-LC", "type": "DEMO_REQUEST", "at": "2026-06-02T09:00:00Z"},
                                 {"id": "PIT-LV3", "contact": "PIT-LC", "type": "TRIAL_SIGNUP", "at": "2026-06-03T09:00:00Z"}],
                 "intent": [{"id": "PIT-LI", "entity": "PIT-LE", "topic": "lead scoring", "strength": 0.9,
                             "observedAt": "2026-06-05T00:00:00Z"}]}
                """);
        decisions.record("PIT-L", "REJECT", "no budget this year", null, "test");
        assertThat(LeadFeatures.of(leads.lead("PIT-L", CREATED))).isEqualTo(before);
        assertThat(LeadFeatures.of(leads.lead("PIT-L", Instant.parse("2026-06-10T00:00:00Z"))))
                .as("the planted events do count once they have happened").isNotEqualTo(before);
    }
}
