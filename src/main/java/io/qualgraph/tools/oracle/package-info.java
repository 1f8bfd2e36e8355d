/** The reference oracle: ownership answers computed in plain Java on in-memory data, to check the service against. */
package io.qualgraph.tools.oracle;
