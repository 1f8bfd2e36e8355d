package io.qualgraph.lead;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainsTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "https://www.acme.de/about?x=1, acme.de",
            "http://Shop.Acme.co.uk:8080, shop.acme.co.uk",
            "acme.com, acme.com",
            "www2.acme.fr/, acme.fr",
            "localhost, "})
    void a_website_gives_its_host_without_www(String website, String host) {
        assertThat(Domains.ofWebsite(website)).isEqualTo(host);
    }

    @Test
    void an_email_gives_its_domain_in_lower_case() {
        assertThat(Domains.ofEmail("Ann.Lee@Sales.ACME.de")).isEqualTo("sales.acme.de");
        assertThat(Domains.ofEmail("no-at-sign")).isNull();
    }

    @Test
    void parents_follow_most_specific_first() {
        assertThat(Domains.withParents("a.b.acme.de")).containsExactly("a.b.acme.de", "b.acme.de", "acme.de");
    }
}
