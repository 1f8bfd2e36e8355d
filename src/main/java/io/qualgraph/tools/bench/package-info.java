/** The benchmark commands and the graphs they build in a fresh embedded database. */
package io.qualgraph.tools.bench;
