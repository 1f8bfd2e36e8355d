package io.qualgraph.tools.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes generated chunks as bundle files ({@code NN-section[-k].json}, one row per line) plus
 * {@code manifest.json} listing them in load order. Earlier generated files in the folder are removed first.
 */
public final class SeedFiles implements Consumer<Map<String, Object>> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path dir;
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> chunksPerSection = new LinkedHashMap<>();

    public SeedFiles(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.filter(p -> p.getFileName().toString().matches("\\d+-.*\\.json|manifest\\.json")).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Generates the dataset for {@code settings} into {@code dir}: bundles, manifest.json and README.md. */
    public static SeedSummary write(GeneratorSettings settings, Path dir) throws IOException {
        SeedFiles files = new SeedFiles(dir);
        SeedSummary summary = new SeedGenerator().generate(settings, files);
        List<String> names = files.finish(settings);
        Files.writeString(dir.resolve("README.md"), SeedReadme.text(settings, summary, names));
        return summary;
    }

    @Override
    public void accept(Map<String, Object> chunk) {
        String section = chunk.keySet().iterator().next();
        int k = chunksPerSection.merge(section, 1, Integer::sum);
        String name = String.format("%02d-%s-%d.json", names.size() + 1, section, k);
        try (Writer out = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8)) {
            write(chunk, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.add(name);
    }

    /** Drops the "-1" from sections that fit one file, writes the manifest, and returns the file names. */
    public List<String> finish(GeneratorSettings settings) throws IOException {
        List<String> finalNames = new ArrayList<>();
        for (String name : names) {
            String section = name.substring(name.indexOf('-') + 1, name.lastIndexOf('-'));
            String target = chunksPerSection.get(section) == 1 ? name.replace("-1.json", ".json") : name;
            if (!target.equals(name)) {
                Files.move(dir.resolve(name), dir.resolve(target));
            }
            finalNames.add(target);
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("referenceDate", settings.referenceDate().toString());
        manifest.put("generator", "io.qualgraph.tools.seed.SeedGenerator");
        manifest.put("scale", settings.scale());
        manifest.put("seed", settings.seed());
        manifest.put("bundles", finalNames);
        Files.writeString(dir.resolve("manifest.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n");
        return finalNames;
    }

    @SuppressWarnings("unchecked")
    private static void write(Map<String, Object> chunk, Writer out) throws IOException {
        out.write("{");
        String sectionSeparator = "\n";
        for (Map.Entry<String, Object> section : chunk.entrySet()) {
            out.write(sectionSeparator + JSON.writeValueAsString(section.getKey()) + ": [");
            String rowSeparator = "\n  ";
            for (Map<String, Object> row : (List<Map<String, Object>>) section.getValue()) {
                out.write(rowSeparator + JSON.writeValueAsString(row));
                rowSeparator = ",\n  ";
            }
            out.write("\n]");
            sectionSeparator = ",\n";
        }
        out.write("\n}\n");
    }
}
