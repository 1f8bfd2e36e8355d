package io.qualgraph.scoring;

import static io.qualgraph.scoring.ScoringModelFile.require;

import java.util.List;
import java.util.Map;

/** The rules a scoring model's sections must satisfy, one method per section. */
final class ModelChecks {

    private static final List<Grade> GRADED = List.of(Grade.A, Grade.B, Grade.C);
    private static final List<Tier> THRESHOLDED = List.of(Tier.T1, Tier.T2, Tier.T3);

    private ModelChecks() {
    }

    static void fit(ScoringModel.Fit fit, List<String> problems) {
        Map<Grade, Integer> grades = fit.grades();
        require(problems, grades != null && grades.keySet().containsAll(GRADED),
                "fit.grades: needs minimum points for A, B and C");
        if (grades != null && grades.keySet().containsAll(GRADED)) {
            int a = grades.get(Grade.A);
            int b = grades.get(Grade.B);
            require(problems, a >= b && b >= grades.get(Grade.C),
                    "fit.grades: A ≥ B ≥ C");
        }
        require(problems, fit.employeeBands() != null && !fit.employeeBands().isEmpty()
                && fit.employeeBands().get(fit.employeeBands().size() - 1).max() == null,
                "fit.employeeBands: needs at least one band, the last with max: null");
        require(problems, fit.industries() != null && fit.regions() != null, "fit: industries and regions required");
    }

    static void buyers(ScoringModel.Buyers b, List<String> problems) {
        require(problems, b.committeeRoles() != null && b.seniorities() != null && b.departments() != null,
                "buyers: committeeRoles, seniorities and departments required (may be empty lists)");
        ScoringModel.AccountShare share = b.accountShare();
        require(problems, share != null && inUnit(share.competitor()) && inUnit(share.student())
                && inUnit(share.intern()), "buyers.accountShare: competitor, student and intern between 0 and 1");
        require(problems, b.hotActions() != null && b.hotActions().types() != null && b.hotActions().withinDays() > 0,
                "buyers.hotActions: types and withinDays > 0 required");
    }

    private static boolean inUnit(double share) {
        return share >= 0 && share <= 1;
    }

    static void engagement(ScoringModel.Engagement e, List<String> problems) {
        require(problems, e.points() != null, "engagement.points: required");
        require(problems, e.accountCap() > 0 && e.contactCap() > 0, "engagement: accountCap and contactCap must be > 0");
        require(problems, e.accountScale() == null || e.accountScale() > 0, "engagement.accountScale: must be > 0 when given");
        require(problems, e.perContact() != null && !e.perContact().isEmpty()
                && e.perContact().get(e.perContact().size() - 1).upTo() == null,
                "engagement.perContact: needs at least one tier, the last with upTo: null");
        if (e.decay() == null) {
            return;
        }
        e.decay().forEach((type, decay) -> {
            boolean steps = decay.steps() != null && !decay.steps().isEmpty();
            require(problems, steps || (decay.halfLifeDays() != null && decay.halfLifeDays() > 0),
                    "engagement.decay." + type + ": needs steps or halfLifeDays > 0");
            if (steps) {
                int last = -1;
                for (ScoringModel.Step step : decay.steps()) {
                    require(problems, step.toDays() > last && step.factor() >= 0 && step.factor() <= 1,
                            "engagement.decay." + type + ": steps need increasing toDays and factors in 0..1");
                    last = step.toDays();
                }
            }
        });
    }

    static void qualification(ScoringModel.QualificationRules q, List<String> problems) {
        require(problems, q.tiers() != null && q.tiers().keySet().containsAll(THRESHOLDED),
                "qualification.tiers: T1, T2 and T3 required");
        require(problems, q.routing() != null && q.routing().keySet().containsAll(List.of(Tier.values())),
                "qualification.routing: T1–T4 required");
        if (q.routing() != null) {
            q.routing().forEach((tier, routing) -> require(problems,
                    routing != null && routing.outcome() != null && routing.route() != null,
                    "qualification.routing." + tier + ": outcome one of " + List.of(Outcome.values()) + " and a route"));
        }
        if (q.upgrades() != null) {
            for (int i = 0; i < q.upgrades().size(); i++) {
                ScoringModel.Upgrade u = q.upgrades().get(i);
                require(problems, u != null && u.event() != null && u.tier() != null,
                        "qualification.upgrades[" + i + "]: an event and a tier T1–T4 required");
                if (u != null && u.event() == ScoringModel.UpgradeEvent.PREDICTED_WIN) {
                    require(problems, u.minProbability() != null && u.minProbability() > 0 && u.minProbability() <= 1,
                            "qualification.upgrades[" + i + "]: PREDICTED_WIN needs minProbability in (0, 1]");
                } else if (u != null) {
                    require(problems, u.minProbability() == null, "qualification.upgrades[" + i
                            + "]: minProbability applies to PREDICTED_WIN only");
                }
            }
        }
        require(problems, q.blockedRecheckDays() > 0 && q.heldRecheckDays() > 0,
                "qualification: blockedRecheckDays and heldRecheckDays must be > 0");
    }
}
