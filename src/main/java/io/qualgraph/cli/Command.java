package io.qualgraph.cli;

import java.util.List;

/** One sub-command of {@code java -jar qualgraph.jar NAME ARGS…}; a Spring bean, found by name. */
public interface Command {

    /** The word on the command line, e.g. {@code import}. */
    String name();

    /** One line: arguments and what it does. */
    String usage();

    /** Runs with the arguments after the name; returns the process exit code. */
    int run(List<String> args) throws Exception;
}
