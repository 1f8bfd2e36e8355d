/** The command line of the same jar: import, re-score, benchmark. */
package io.qualgraph.cli;
