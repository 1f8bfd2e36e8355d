package io.qualgraph.scoring;

import java.util.List;

/** Firmographic fit points (industry, size, region, regulated) and the grade A–D they earn. Never decays. */
final class FitGrade {

    private FitGrade() {
    }

    /** Adds the fit rows to {@code ledger} and returns their points in tenths. */
    static long addTo(Ledger ledger, Signals.Firmographics firm, ScoringModel.Fit fit, String accountId) {
        Reason.Source source = Reason.Source.entity(accountId);
        long before = ledger.total();
        industry(ledger, firm.industry(), fit, source);
        ScoringModel.Band band = band(firm.familyEmployees(), fit);
        ledger.add("FIT_SIZE", Points.tenths(band.points()), firm.familyEmployees() + " employees across the family"
                + (band.max() == null ? "" : " (band up to " + band.max() + ")"), source);
        int regionPoints = firm.jurisdiction() == null ? 0 : fit.regions().getOrDefault(firm.jurisdiction(), 0);
        ledger.add("FIT_REGION", Points.tenths(regionPoints),
                "Headquartered in " + (firm.jurisdiction() == null ? "an unknown country" : firm.jurisdiction()), source);
        if (firm.anyRegulated()) {
            ledger.add("FIT_REGULATED", Points.tenths(fit.regulatedPoints()), "A family member is regulated", source);
        }
        return ledger.total() - before;
    }

    private static void industry(Ledger ledger, String industry, ScoringModel.Fit fit, Reason.Source source) {
        if (industry == null || industry.isBlank()) {
            ledger.add("FIT_INDUSTRY", 0, "Industry unknown", source);
            return;
        }
        var match = IndustryTaxonomy.match(industry, fit);
        if (match.isEmpty()) {
            ledger.add("FIT_INDUSTRY", 0, "Industry '" + industry + "' matches none of the model's sectors", source);
            return;
        }
        int points = fit.industries().get(match.get().sector());
        String by = match.get().by().equals(match.get().sector()) ? "" : " (by '" + match.get().by() + "')";
        ledger.add("FIT_INDUSTRY", Points.tenths(points), "Industry '" + industry + "' matches the sector "
                + match.get().sector() + by + ": " + points + " points", source);
    }

    static ScoringModel.Band band(long employees, ScoringModel.Fit fit) {
        for (ScoringModel.Band band : fit.employeeBands()) {
            if (band.max() == null || employees <= band.max()) {
                return band;
            }
        }
        return fit.employeeBands().get(fit.employeeBands().size() - 1);
    }

    /** A, B, C by the model's minimum points, else D. */
    static Grade grade(long fitTenths, ScoringModel.Fit fit) {
        for (Grade grade : List.of(Grade.A, Grade.B, Grade.C)) {
            if (fitTenths >= fit.grades().get(grade) * 10L) {
                return grade;
            }
        }
        return Grade.D;
    }
}
