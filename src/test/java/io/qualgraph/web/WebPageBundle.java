package io.qualgraph.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The small world the page tests drive: a family of two, a sanctioned company, contacts and a committee. */
final class WebPageBundle {

    private WebPageBundle() {
    }

    static String bundle(Instant now) {
        String recent = now.minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String yesterday = now.minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String created = now.minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        return """
                {"entities": [
                  {"id": "WEB-P", "name": "Web Holding AG", "jurisdiction": "DE", "industry": "Software", "employees": 1500,
                   "annualRevenue": 2.5e8, "domain": "web-holding.de", "regulated": true},
                  {"id": "WEB-S", "name": "Web Subsidiary GmbH", "jurisdiction": "DE", "industry": "Software", "employees": 300,
                   "domain": "web-sub.de"},
                  {"id": "WEB-X", "name": "Web Sanctioned Trading Ltd", "jurisdiction": "CY", "industry": "Trading", "employees": 20}],
                 "persons": [
                  {"id": "WEB-BO", "name": "Wendy Owner", "nationality": "DE", "pep": false},
                  {"id": "WEB-SP", "name": "Sergei Listed", "nationality": "RU", "pep": false}],
                 "ownership": [
                  {"owner": "WEB-BO", "owned": "WEB-P", "share": 0.4, "since": "2019-01-01"},
                  {"owner": "WEB-P", "owned": "WEB-S", "share": 0.75, "since": "2020-01-01"},
                  {"owner": "WEB-SP", "owned": "WEB-X", "share": 0.6, "since": "2018-01-01"}],
                 "riskFlags": [{"id": "WEB-F1", "subject": "WEB-SP", "type": "SANCTIONED", "source": "test list",
                  "listedAt": "2022-03-01"}],
                 "contacts": [
                  {"id": "WEB-C1", "entity": "WEB-P", "name": "Paula Web", "email": "paula@web-holding.de", "title": "CFO",
                   "seniority": "C_LEVEL", "department": "Finance"},
                  {"id": "WEB-C2", "entity": "WEB-S", "name": "Sam Web", "email": "sam@web-sub.de", "title": "Head of IT",
                   "seniority": "DIRECTOR", "department": "IT"}],
                 "engagements": [
                  {"id": "WEB-E1", "contact": "WEB-C2", "type": "DEMO_REQUEST", "at": "%s"},
                  {"id": "WEB-E2", "contact": "WEB-C1", "type": "PRICING_PAGE_VISIT", "at": "%s"}],
                 "opportunities": [{"id": "WEB-O1", "entity": "WEB-P", "createdAt": "%s", "outcome": "OPEN", "amount": 90000,
                  "committee": [{"contact": "WEB-C1", "role": "ECONOMIC_BUYER"}, {"contact": "WEB-C2", "role": "TECHNICAL_EVALUATOR"}]}]}
                """.formatted(recent, yesterday, created);
    }
}
