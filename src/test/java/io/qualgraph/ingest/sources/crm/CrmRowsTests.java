package io.qualgraph.ingest.sources.crm;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualgraph.ingest.Bundle;
import io.qualgraph.support.Problem;
import org.junit.jupiter.api.Test;

class CrmRowsTests {

    static final String HUBSPOT = """
            Record ID,First Name,Last Name,Email,Phone Number,Job Title,Company Name,Website URL,Country/Region,Lifecycle Stage,Lead Status,Create Date,Original Source,Contact owner
            501,Jana,Nowak,jana.nowak@crm-hub.example,+48 22 123 45 67,Head of IT,CRM Hub Sp. z o.o.,crm-hub.example,Poland,Lead,In progress,2026-11-20 09:15,Organic Search,Max Rep
            502,Li,Wei,li.wei@gmail.com,,Student,,,Germany,Subscriber,,2026-11-21 10:00,Offline Sources,
            """;

    static final String SALESFORCE = """
            Id,FirstName,LastName,Title,Company,Email,Phone,Website,CountryCode,LeadSource,Status,CreatedDate,Rating
            00Q5g000001AbCdEAK,Ola,Berg,CTO,CRM Force AB,ola.berg@crm-force.example,+46 8 123 456,www.crm-force.example,SE,Web,Working - Contacted,2026-11-19T08:30:00.000+0000,Hot
            """;

    @Test
    void a_hubspot_contacts_export_reads_by_its_own_column_names() {
        CrmRows.Read read = CrmRows.read(CrmMapping.load("hubspot-contacts"), HUBSPOT);
        assertThat(read.errors()).isEmpty();
        Bundle.Lead jana = read.leads().get(0);
        assertThat(jana.id()).isEqualTo("HS-501");
        assertThat(jana.name()).isEqualTo("Jana Nowak");
        assertThat(jana.country()).isEqualTo("PL");
        assertThat(jana.status()).isEqualTo("WORKING");
        assertThat(jana.source()).isEqualTo("WEB");
        assertThat(jana.createdAt()).isEqualTo("2026-11-20T09:15:00Z");
        assertThat(jana.attributes()).containsEntry("Contact owner", "Max Rep").containsEntry("crm", "hubspot-contacts");
        assertThat(read.leads().get(1).status()).isEqualTo("NEW");
        assertThat(read.leads().get(1).source()).isEqualTo("EVENT");
        assertThat(read.lines()).containsExactly(2, 3);
    }

    @Test
    void a_salesforce_leads_export_reads_by_its_api_names() {
        CrmRows.Read read = CrmRows.read(CrmMapping.load("salesforce-leads"), SALESFORCE);
        assertThat(read.errors()).isEmpty();
        Bundle.Lead ola = read.leads().get(0);
        assertThat(ola.id()).isEqualTo("SF-00Q5g000001AbCdEAK");
        assertThat(ola.status()).isEqualTo("WORKING");
        assertThat(ola.createdAt()).isEqualTo("2026-11-19T08:30:00Z");
        assertThat(ola.website()).isEqualTo("www.crm-force.example");
        assertThat(ola.attributes()).containsEntry("Rating", "Hot");
    }

    @Test
    void unknown_values_are_named_by_line_and_column() {
        String bad = """
                Id,Email,Status,CreatedDate,Country
                1,a@b.example,Maybe Later,yesterday,Atlantis
                """;
        CrmRows.Read read = CrmRows.read(CrmMapping.load("salesforce-leads"), bad);
        assertThat(read.errors()).extracting(Problem.FieldError::path)
                .containsExactlyInAnyOrder("line 2, column Status", "line 2, column CreatedDate", "line 2, column Country");
    }
}
