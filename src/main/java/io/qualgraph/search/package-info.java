/**
 * Name search for the page: accounts, legal entities, contacts, leads and persons by name (Neo4j full-text
 * indexes), with ids still accepted.
 */
package io.qualgraph.search;
