package io.qualgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.qualgraph.support.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadRowsTests {

    private static Bundle.Lead lead(String email, String phone, String country, String source, String status,
            Bundle.Answers answers) {
        return new Bundle.Lead("L1", null, email, "Ann Lee", "CTO", "C_LEVEL", "IT", phone, "Acme GmbH", "https://acme.de",
                country, null, source, "2026-11-01T10:00:00Z", status, answers, Map.of("form", "demo"));
    }

    private static List<Problem.FieldError> errors(Bundle.Lead lead) {
        return BundleValidator.validate(Bundle.builder().add(lead).build(), KnownIds.NONE);
    }

    @Test
    void a_lead_known_only_by_its_email_and_form_is_valid() {
        assertThat(errors(lead("ann@acme.de", "+49 30 1234-567", "DE", "INBOUND_FORM", "NEW",
                new Bundle.Answers("APPROVED", "WITHIN_3_MONTHS", "DECISION_MAKER", "CONFIRMED")))).isEmpty();
    }

    @Test
    void a_lead_of_the_first_shape_about_a_known_contact_is_still_valid() {
        Bundle bundle = Bundle.builder().add(Bundle.Entity.named("E1", "Acme", "DE"))
                .add(new Bundle.Contact("C1", "E1", "Jon", "jon@acme.de", null, null, null))
                .add(Bundle.Lead.about("L1", "C1", "INBOUND_FORM", "2026-01-01", "OPEN", null)).build();
        assertThat(BundleValidator.validate(bundle, KnownIds.NONE)).isEmpty();
    }

    @Test
    void a_lead_with_neither_contact_nor_email_names_the_email_field() {
        List<Problem.FieldError> errors = errors(lead(null, null, null, null, null, null));
        assertThat(errors).extracting(Problem.FieldError::path).containsExactly("$.leads[0].email");
        assertThat(errors.get(0).message()).contains("contact");
    }

    @ParameterizedTest(name = "{0} = {1} is rejected")
    @CsvSource({
            "email, not-an-email",
            "phone, call me maybe",
            "country, Germany",
            "source, CARRIER_PIGEON",
            "status, ENGAGED",
            "answers.budget, LOTS",
            "answers.timeline, SOON",
            "answers.authority, BOSS",
            "answers.need, MAYBE"})
    void bad_values_are_named_by_their_field(String field, String value) {
        String email = field.equals("email") ? value : "ann@acme.de";
        String phone = field.equals("phone") ? value : null;
        String country = field.equals("country") ? value : "DE";
        String source = field.equals("source") ? value : "WEBINAR";
        String status = field.equals("status") ? value : "OPEN";
        Bundle.Answers answers = new Bundle.Answers(field.equals("answers.budget") ? value : null,
                field.equals("answers.timeline") ? value : null, field.equals("answers.authority") ? value : null,
                field.equals("answers.need") ? value : null);
        List<Problem.FieldError> errors = errors(lead(email, phone, country, source, status, answers));
        assertThat(errors).extracting(Problem.FieldError::path).containsExactly("$.leads[0]." + field);
        assertThat(errors.get(0).message()).contains(value);
    }

    @Test
    void an_unknown_contact_is_named_even_when_an_email_is_given() {
        Bundle.Lead lead = new Bundle.Lead("L1", "C-NONE", "ann@acme.de", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        assertThat(errors(lead)).extracting(Problem.FieldError::path).containsExactly("$.leads[0].contact");
    }
}
