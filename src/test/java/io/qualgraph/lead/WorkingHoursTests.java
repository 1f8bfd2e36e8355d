package io.qualgraph.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.qualgraph.contact.Seniority;
import io.qualgraph.scoring.LeadModel;
import io.qualgraph.scoring.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingHoursTests {

    private static final LeadModel LEAD = Models.defaultModel().lead();

    @ParameterizedTest(name = "{0} + {1} h = {2}")
    @CsvSource({
            "2026-11-04T09:00:00Z, 4, 2026-11-04T13:00:00Z",
            "2026-11-04T16:00:00Z, 4, 2026-11-05T10:00:00Z",
            "2026-11-06T17:00:00Z, 4, 2026-11-09T11:00:00Z",
            "2026-11-07T12:00:00Z, 4, 2026-11-09T12:00:00Z",
            "2026-11-04T03:00:00Z, 4, 2026-11-04T12:00:00Z",
            "2026-11-04T09:00:00Z, 20, 2026-11-06T09:00:00Z"})
    void working_hours_skip_nights_and_weekends(String from, int hours, String expected) {
        assertThat(WorkingHours.add(Instant.parse(from), hours, LEAD.contactBy())).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Chief Technology Officer, C_LEVEL",
            "Managing Director DACH, C_LEVEL",
            "VP Engineering, VP",
            "Head of IT Security, DIRECTOR",
            "IT Manager, MANAGER",
            "Senior Software Engineer, INDIVIDUAL",
            "Engineering Intern, INTERN",
            "PhD Student, STUDENT"})
    void a_title_reads_as_a_seniority(String title, Seniority seniority) {
        assertThat(TitleReading.read(title, LEAD.titles())).contains(seniority);
    }

    @Test
    void a_title_without_keywords_reads_as_nothing() {
        assertThat(TitleReading.read("Wizard", LEAD.titles())).isEmpty();
    }
}
