package io.qualgraph.lead;

import java.time.Instant;
import java.util.Map;

import io.qualgraph.scoring.LeadSource;
import io.qualgraph.scoring.LeadStatus;

/** A lead's own fields as given, its status, and its qualification at the instant asked. */
public record LeadView(String id, String contact, String email, String name, String title, String seniority,
        String department, String phone, String company, String website, String country, String lei, LeadSource source,
        Instant createdAt, LeadStatus status, LeadSignals.Answers answers, Map<String, Object> attributes,
        LeadQualification qualification) {
}
