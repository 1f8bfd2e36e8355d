package io.qualgraph.scoring;

import java.util.List;
import java.util.Set;


/**
 * A contact's score in 0..100 with the reasons that add up to it, their summary (the rules that weigh most, with the
 * contact's name and title) and the committee roles it holds.
 */
public record ContactScore(String contactId, double score, Set<CommitteeRole> roles, String modelVersion,
        List<Reason> reasons, List<ReasonSummary.Line> summary) {
}
