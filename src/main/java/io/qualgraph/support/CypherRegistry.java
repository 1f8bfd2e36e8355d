package io.qualgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every application Cypher statement, read once from {@code cypher/queries}, {@code cypher/ingest} and
 * {@code cypher/tools} (benchmarks) on the classpath and looked up by its path without extension, e.g.
 * {@code queries/entity/find-family}.
 */
@Component
public class CypherRegistry {

    private static final String ROOT = "cypher/";
    private static final String TOOLS = "tools/";

    private final Map<String, String> statements;

    public CypherRegistry() {
        this.statements = loadAll();
    }

    /** The statement stored under {@code name}; fails fast on a name that has no file. */
    public String get(String name) {
        String statement = statements.get(name);
        if (statement == null) {
            throw new IllegalArgumentException("No Cypher file cypher/" + name + ".cypher");
        }
        return statement;
    }

    /** All statements by name, for the EXPLAIN check. */
    public Map<String, String> all() {
        return statements;
    }

    /** The statements a running service uses: all but the tools' ({@code tools/…}, benchmarks). */
    public Map<String, String> served() {
        Map<String, String> served = new TreeMap<>(statements);
        served.keySet().removeIf(name -> name.startsWith(TOOLS));
        return served;
    }

    private static Map<String, String> loadAll() {
        Map<String, String> loaded = new TreeMap<>();
        try {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            for (String folder : new String[] {"queries", "ingest", "tools"}) {
                for (Resource resource : resolver.getResources("classpath*:" + ROOT + folder + "/**/*.cypher")) {
                    String url = resource.getURL().toString();
                    String name = url.substring(url.lastIndexOf(ROOT) + ROOT.length(), url.length() - ".cypher".length());
                    loaded.put(name, resource.getContentAsString(StandardCharsets.UTF_8).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Cypher files", e);
        }
        return Map.copyOf(loaded);
    }
}
