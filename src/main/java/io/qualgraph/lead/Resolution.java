package io.qualgraph.lead;

/**
 * The outcome of resolving one lead: the match (null when nothing matched), the contact it is about (an existing one,
 * or {@code newContactId} to create at the matched entity), and the earlier open lead it duplicates (or null).
 */
record Resolution(Match match, String contactId, String newContactId, String duplicateOf) {
}
