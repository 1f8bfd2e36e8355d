package io.qualgraph.lead;

/** How a lead was matched to the graph, in the order resolution tries them (DESIGN §5). */
public enum MatchMethod {
    CONTACT_ID, EMAIL, LEI, EMAIL_DOMAIN, WEBSITE_DOMAIN, COMPANY_NAME
}
