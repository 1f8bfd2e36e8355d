package io.qualgraph.scoring;

import java.util.List;
import java.util.Locale;

/** Firmographic fit points (industry, size, region, regulated) and the grade A–D they earn. Never decays. */
final class FitGrade {

    private FitGrade() {
    }

    /** Adds the fit rows to {@code ledger} and returns their points in tenths. */
    static long addTo(Ledger ledger, Signals.Firmographics firm, ScoringModel.Fit fit, String accountId) {
        Reason.Source source = Reason.Source.entity(accountId);
        long before = ledger.total();
        String industry = firm.industry() == null ? null : firm.industry().toLowerCase(Locale.ROOT);
        int industryPoints = industry == null ? 0 : fit.industries().getOrDefault(industry, 0);
        ledger.add("FIT_INDUSTRY", Points.tenths(industryPoints),
                "Industry " + (firm.industry() == null ? "unknown" : firm.industry()), source);
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
