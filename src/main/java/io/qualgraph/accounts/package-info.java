/**
 * The account read side: set-based signal loading, live account and contact scores, the one-statement account read
 * and the ranked list. The arithmetic is in scoring and qualification; this package only gathers signals and calls it.
 */
package io.qualgraph.accounts;
