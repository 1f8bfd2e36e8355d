/** Behavioural events of contacts and the signals the scorers read from them. */
package io.qualgraph.engagement;
