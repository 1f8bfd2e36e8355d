package io.qualgraph.search;

/** What a search looks for; an account is the family (ultimate parent) of a matching legal entity. */
public enum SearchKind {
    ACCOUNT, ENTITY, CONTACT, LEAD, PERSON
}
