package io.qualgraph.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue #11 item 4: industries match the model's sectors through names, synonyms and NACE/NAICS codes. */
class IndustryTaxonomyTests {

    private final ScoringModel.Fit fit = Models.defaultModel().fit();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Telecommunications | telecom | 7",
            "telecom | telecom | 7",
            "Telecommunication Services | telecom | 7",
            "IT Services | it services | 9",
            "Information Technology & Services | it services | 9",
            "Professional Services | professional services | 6",
            "Pharmaceuticals | pharma | 8",
            "Pharma | pharma | 8",
            "SOFTWARE | software | 10",
            "Enterprise Software | software | 10",
            "J61.10 | telecom | 7",
            "5415 | it services | 9",
            "3254 | pharma | 8",
            "K64.19 | banking | 10",
            "Banking & Insurance | insurance | 9",
            "Health Care | healthcare | 8"})
    void an_industry_matches_its_sector_and_earns_its_points(String industry, String sector, int points) {
        var match = IndustryTaxonomy.match(industry, fit);
        assertThat(match).as(industry).isPresent();
        assertThat(match.get().sector()).isEqualTo(sector);
        assertThat(fit.industries().get(match.get().sector())).isEqualTo(points);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Agriculture", "Telecomics", "A01", "9999"})
    void an_industry_outside_the_sectors_matches_nothing(String industry) {
        assertThat(IndustryTaxonomy.match(industry, fit)).as(industry).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Telecommunications | matches the sector telecom (by 'telecommunications'): 7 points",
            "Software | matches the sector software: 10 points",
            "Agriculture | matches none of the model's sectors"})
    void the_fit_reason_names_what_matched(String industry, String detail) {
        Signals.Account account = new Signals.Account("E1", "Acme",
                new Signals.Firmographics(industry, "DE", 1200, false), java.util.List.of(), java.util.List.of());
        AccountScore score = AccountScorer.score(account, Models.defaultModel(), Fixtures.AS_OF);
        assertThat(score.reasons()).filteredOn(r -> r.code().equals("FIT_INDUSTRY"))
                .singleElement().satisfies(r -> assertThat(r.detail()).contains(detail));
    }
}
