package io.qualgraph.lead;

/**
 * A lead's identifying fields as resolution reads them: the given contact id, e-mail (lower case), LEI, e-mail domain
 * (null when personal, student or absent, with {@code domainKind} saying which), website domain, company name as
 * given and normalised, and country.
 */
record LeadKeys(String leadId, String contactId, String email, String lei, String emailDomain, String domainKind,
        String websiteDomain, String company, String companyNormalised, String country) {
}
