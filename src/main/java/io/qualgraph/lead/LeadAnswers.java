package io.qualgraph.lead;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.qualgraph.accounts.AccountAnswer;
import io.qualgraph.scoring.ReasonSummary;

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
                a.accountName(), a.score(), a.tier(), a.grade(), a.outcome());
        List<LeadQualification.Missing> missing = d.missing().stream()
                .map(m -> new LeadQualification.Missing(m.code(), m.detail(), m.points())).toList();
        return new LeadQualification(row.id(), e.asOf(), e.modelVersion(), match, e.signals().contact().id().equals(row.id())
                ? null : e.signals().contact().id(), row.duplicateOf(), d.score(), a == null ? null : a.grade(),
                d.outcome(), stage.stage(), stage.mqlAt(), d.route(), d.contactBy(), d.recheckAt(),
                a == null ? null : a.riskLevel(), account, d.reasons(), ReasonSummary.summarize(d.reasons(), people(e)),
                missing);
    }

    /** The lead's person as its summary names them: the name and title given with the lead, else its contact's. */
    private static Map<String, ReasonSummary.Person> people(Evaluated e) {
        ReasonSummary.Person contact = e.signals().contact().person();
        ReasonSummary.Person person = new ReasonSummary.Person(e.row().name() != null ? e.row().name() : contact.name(),
                e.row().title() != null ? e.row().title() : contact.title());
        Map<String, ReasonSummary.Person> people = new HashMap<>();
        people.put(e.signals().contact().id(), person);
        people.put(e.row().id(), person);
        return people;
    }
}
