package io.qualgraph.lead;

import java.util.List;

import io.qualgraph.accounts.AccountAnswer;

/** Evaluated leads as API answers. */
final class LeadAnswers {

    private LeadAnswers() {
    }

    static LeadQualification qualification(Evaluated e) {
        LeadRow row = e.row();
        LeadDecision d = e.decision();
        AccountAnswer a = e.account();
        LeadStages.At stage = LeadStages.at(row, d, e.asOf());
        Match match = row.match() == null ? null : row.match().withAccount(a == null ? null : a.accountId());
        LeadQualification.Account account = a == null ? null : new LeadQualification.Account(a.accountId(),
                a.accountName(), a.score(), String.valueOf(a.tier()), String.valueOf(a.grade()), String.valueOf(a.outcome()));
        List<LeadQualification.Missing> missing = d.missing().stream()
                .map(m -> new LeadQualification.Missing(m.code(), m.detail(), m.points())).toList();
        return new LeadQualification(row.id(), e.asOf(), e.modelVersion(), match, e.signals().contact().id().equals(row.id())
                ? null : e.signals().contact().id(), row.duplicateOf(), d.score(), a == null ? null : String.valueOf(a.grade()),
                d.outcome(), stage.stage(), stage.mqlAt(), d.route(), d.contactBy(), d.recheckAt(),
                a == null ? null : a.riskLevel(), account, d.reasons(), missing);
    }
}
