/** Neo4j plumbing shared by every feature: the embedded database, the Cypher registry and transactions. */
package io.qualgraph.support;
