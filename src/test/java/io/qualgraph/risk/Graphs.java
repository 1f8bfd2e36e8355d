package io.qualgraph.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qualgraph.entity.BeneficialOwnerWalk;

/** A tiny builder of risk graphs for the unit tests. */
final class Graphs {

    static final LocalDate TODAY = LocalDate.parse("2026-11-01");
    static final RiskRules.Settings SETTINGS = new RiskRules.Settings(Set.of("IR", "KP"), "TEST list", new BeneficialOwnerWalk.Limits(10, 10_000, 0.25, 100));

    private final Map<String, RiskGraph.Party> parties = new LinkedHashMap<>();
    private final List<RiskGraph.Stake> stakes = new ArrayList<>();
    private final List<RiskGraph.Flag> flags = new ArrayList<>();

    Graphs entity(String... ids) {
        for (String id : ids) {
            parties.put(id, new RiskGraph.Party(id, id, false, "DE", false));
        }
        return this;
    }

    Graphs party(RiskGraph.Party p) {
        parties.put(p.id(), p);
        return this;
    }

    Graphs person(String id) {
        return party(new RiskGraph.Party(id, id, true, "FR", false));
    }

    Graphs owns(String owner, String owned, Double share) {
        return owns(owner, owned, share, null, null);
    }

    Graphs owns(String owner, String owned, Double share, String since, String until) {
        return stake(new RiskGraph.Stake(owner, owned, share, null, null, date(since), date(until), "register"));
    }

    Graphs stake(RiskGraph.Stake s) {
        stakes.add(s);
        return this;
    }

    Graphs listed(String subject) {
        return flag(subject, RiskFlagType.SANCTIONED, null, null);
    }

    Graphs flag(String subject, RiskFlagType type, String listedAt, String delistedAt) {
        flags.add(new RiskGraph.Flag("F" + flags.size() + "-" + subject, subject, type, "OFAC SDN", date(listedAt), date(delistedAt)));
        return this;
    }

    RiskGraph graph() {
        return new RiskGraph(parties, stakes, flags);
    }

    Assessment assess(String id, Regime regime) {
        return assess(id, regime, TODAY);
    }

    Assessment assess(String id, Regime regime, LocalDate day) {
        return RiskRules.assess(graph(), List.of(id), day, regime, SETTINGS).get(id);
    }

    RiskLevel level(String id) {
        return assess(id, Regime.AGGREGATE).level();
    }

    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
