package io.qualgraph.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.qualgraph.contact.CommitteeRole;

/**
 * An account's (a family's) score in 0..100, its fit grade, the figures qualification reads, the buying
 * committee seen, and the reasons that add up to the score.
 */
public record AccountScore(String accountId, String accountName, double score, Grade grade, double fitPoints,
        double engagementPoints, int engagedContacts, boolean activated, Committee committee, String modelVersion,
        Instant asOf, List<Reason> reasons) {

    /** Required roles covered (with the contacts holding them) and missing. */
    public record Committee(Map<CommitteeRole, List<String>> covered, List<CommitteeRole> missing) {
    }
}
