package io.qualgraph.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;


/**
 * An account's (a family's) score in 0..100, its fit grade, the figures qualification reads, the buying
 * committee seen, the reasons that add up to the score and the upgrade events seen.
 */
public record AccountScore(String accountId, String accountName, double score, Grade grade, double fitPoints,
        double engagementPoints, int engagedContacts, boolean activated, Committee committee, String modelVersion,
        Instant asOf, List<Reason> reasons, List<Upgrade> upgrades) {

    /**
     * An upgrade event seen at the account (the tier rules may lift the tier on it), in words; {@code probability} is
     * the predicted win probability of a PREDICTED_WIN event (null for the others).
     */
    public record Upgrade(ScoringModel.UpgradeEvent event, String detail, Double probability) {

        public Upgrade(ScoringModel.UpgradeEvent event, String detail) {
            this(event, detail, null);
        }
    }

    /** This score with one more upgrade event. */
    public AccountScore with(Upgrade upgrade) {
        List<Upgrade> more = new ArrayList<>(upgrades);
        more.add(upgrade);
        return new AccountScore(accountId, accountName, score, grade, fitPoints, engagementPoints, engagedContacts,
                activated, committee, modelVersion, asOf, reasons, List.copyOf(more));
    }

    /** Required roles covered (with the contacts holding them) and missing. */
    public record Committee(Map<CommitteeRole, List<String>> covered, List<CommitteeRole> missing) {
    }
}
