package io.qualgraph.lead;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyNamesTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Acme GmbH|acme",
            "ACME AG|acme",
            "Acme Holdings Ltd.|acme holdings",
            "Acme Holdings PLC|acme holdings",
            "Banco Ejemplo S.A.|banco ejemplo",
            "Voorbeeld B.V.|voorbeeld",
            "Example, Inc.|example",
            "Siemens SE|siemens",
            "Müller & Söhne GmbH & Co. KG|muller sohne",
            "The Boring Company|boring",
            "AG|ag",
            "Straße Logistik GmbH|strasse logistik"})
    void normalising_folds_case_accents_punctuation_and_legal_forms(String name, String normalised) {
        assertThat(CompanyNames.normalise(name)).isEqualTo(normalised);
    }

    @Test
    void names_differing_only_in_legal_form_and_case_are_identical() {
        assertThat(CompanyNames.similarity(CompanyNames.normalise("ACME Industries Ltd"),
                CompanyNames.normalise("Acme Industries GmbH"))).isEqualTo(1.0);
    }

    @Test
    void word_order_does_not_matter_but_other_words_do() {
        assertThat(CompanyNames.similarity("bank deutsche", "deutsche bank")).isEqualTo(1.0);
        assertThat(CompanyNames.similarity("acme", "zenith motors")).isLessThan(0.7);
    }

    @Test
    void the_full_text_query_is_the_phrase_or_any_word() {
        assertThat(CompanyNames.fullTextQuery("acme industries")).isEqualTo("\"acme industries\"^3 OR acme OR industries");
        assertThat(CompanyNames.fullTextQuery("")).isNull();
    }

    @Test
    void the_precise_query_asks_for_every_word_that_the_broad_one_asks_for() {
        assertThat(CompanyNames.fullTextQueryAllWords("acme industries")).isEqualTo("+acme +industries");
        assertThat(CompanyNames.fullTextQueryAllWords("a acme")).isEqualTo("+acme");
        assertThat(CompanyNames.fullTextQueryAllWords("x")).isEqualTo("+x");
        assertThat(CompanyNames.fullTextQueryAllWords("")).isNull();
    }
}
