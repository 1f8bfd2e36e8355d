package io.qualgraph.tools.seed;

import java.nio.file.Path;
import java.util.List;

import io.qualgraph.cli.Command;
import org.springframework.stereotype.Component;

/** {@code generate-seed [--scale N] [--out DIR] [--seed S]}: writes the generated dataset as bundle files. */
@Component
class GenerateSeedCommand implements Command {

    @Override
    public String name() {
        return "generate-seed";
    }

    @Override
    public String usage() {
        return "[--scale N] [--out DIR] [--seed S]  writes generated bundles + manifest.json (default seed-data, scale 1)";
    }

    @Override
    public int run(List<String> args) throws Exception {
        GeneratorSettings settings = GeneratorSettings.defaults();
        Path out = Path.of("seed-data");
        for (int i = 0; i < args.size(); i++) {
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (args.get(i)) {
                case "--scale" -> settings = settings.withScale(Integer.parseInt(required(value, "--scale")));
                case "--seed" -> settings = settings.withSeed(Long.parseLong(required(value, "--seed")));
                case "--out" -> out = Path.of(required(value, "--out"));
                default -> {
                    System.err.println("Unknown argument '" + args.get(i) + "'. Usage: generate-seed " + usage());
                    return 2;
                }
            }
            i++;
        }
        long start = System.nanoTime();
        SeedSummary summary = SeedFiles.write(settings, out);
        System.out.printf("Wrote %s to %s in %.1f s%n", summary.rows(), out.toAbsolutePath(),
                (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private static String required(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
