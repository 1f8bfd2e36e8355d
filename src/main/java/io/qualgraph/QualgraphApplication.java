package io.qualgraph;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.qualgraph.cli.Command;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the service, or, when the first argument is a command name ({@code import}, {@code rescore},
 * {@code benchmark}, …), runs that command against the same graph and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QualgraphApplication {

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("-")) {
            SpringApplication.run(QualgraphApplication.class, args);
            return;
        }
        System.exit(runCommand(args[0], Arrays.asList(args).subList(1, args.length)));
    }

    static int runCommand(String name, List<String> args) {
        SpringApplication app = new SpringApplication(QualgraphApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("qualgraph.seed.enabled", "false", "qualgraph.cli", "true",
                "qualgraph.refresh.enabled", "false"));
        try (ConfigurableApplicationContext context = app.run()) {
            Map<String, Command> commands = context.getBeansOfType(Command.class);
            Command command = commands.values().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
            if (command == null) {
                System.err.println("Unknown command '" + name + "'. Commands:");
                commands.values().forEach(c -> System.err.println("  " + c.name() + " " + c.usage()));
                return 2;
            }
            return command.run(args);
        } catch (Exception e) {
            System.err.println(name + " failed: " + e.getMessage());
            return 1;
        }
    }
}
