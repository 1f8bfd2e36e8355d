package io.qualgraph.scoring;

import java.util.List;
import java.util.Set;


/** A contact's score in 0..100 with the reasons that add up to it and the committee roles it holds. */
public record ContactScore(String contactId, double score, Set<CommitteeRole> roles, String modelVersion,
        List<Reason> reasons) {
}
