package io.qualgraph.ingest.sources.bods;

import java.util.ArrayList;
import java.util.List;

import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.sources.Json;

import tools.jackson.databind.JsonNode;

/** One relationship statement of BODS 0.4 (record) or 0.3 (ownership-or-control statement), normalised. */
record BodsRelationship(String recordId, String statementId, String date, boolean closed, String subject, String party,
        List<JsonNode> interests, List<String> components) {

    static BodsRelationship of(JsonNode s) {
        boolean v4 = s.has("recordDetails");
        JsonNode d = v4 ? s.get("recordDetails") : s;
        String statementId = v4 ? Json.text(s, "statementId") : Json.text(s, "statementID");
        String recordId = v4 ? Json.text(s, "recordId") : statementId;
        String subject = v4 ? Json.text(d, "subject") : Json.text(d, "subject/describedByEntityStatement");
        String party = v4 ? Json.text(d, "interestedParty") : Json.text(d, "interestedParty/describedByPersonStatement");
        if (!v4 && party == null) {
            party = Json.text(d, "interestedParty/describedByEntityStatement");
        }
        List<JsonNode> interests = new ArrayList<>();
        Json.each(d, "interests").forEach(interests::add);
        List<String> components = new ArrayList<>();
        Json.each(d, v4 ? "componentRecords" : "componentStatementIDs").forEach(c -> components.add(c.asString()));
        return new BodsRelationship(recordId, statementId, Json.text(s, "statementDate"),
                "closed".equals(Json.text(s, "recordStatus")), subject, party, interests, components);
    }

    boolean declaresIndirectShareholding() {
        return interests.stream().anyMatch(i -> "indirect".equals(Json.text(i, "directOrIndirect"))
                && "shareholding".equals(Json.text(i, "type")));
    }

    /** When this statement takes effect: its earliest interest start, else its statement date. */
    String start() {
        return interests.stream().map(i -> Json.text(i, "startDate")).filter(java.util.Objects::nonNull).sorted()
                .findFirst().orElse(date);
    }

    List<Bundle.Ownership> directStakes(String owner, String owned, String nextStart) {
        List<Bundle.Ownership> stakes = new ArrayList<>();
        for (int i = 0; i < interests.size(); i++) {
            JsonNode interest = interests.get(i);
            if ("shareholding".equals(Json.text(interest, "type")) && !"indirect".equals(Json.text(interest, "directOrIndirect"))) {
                Double exact = BodsShares.exact(interest);
                Bundle.Ownership o = new Bundle.Ownership(owner, owned, exact,
                        exact == null ? BodsShares.min(interest) : null, exact == null ? BodsShares.max(interest) : null,
                        Json.text(interest, "startDate"), until(interest, nextStart), "bods:" + statementId + "#" + i);
                if (o.until() == null || o.since() == null || o.until().compareTo(o.since()) > 0) {
                    stakes.add(o);
                }
            }
        }
        return stakes;
    }

    Bundle.Ownership unknownStake(String owner, String owned, String nextStart) {
        JsonNode first = interests.isEmpty() ? null : interests.get(0);
        return new Bundle.Ownership(owner, owned, null, null, null, first == null ? null : Json.text(first, "startDate"),
                first == null ? nextStart : until(first, nextStart), "bods:" + statementId);
    }

    private static String until(JsonNode interest, String nextStart) {
        String end = Json.text(interest, "endDate");
        return end != null ? end : nextStart;
    }
}
