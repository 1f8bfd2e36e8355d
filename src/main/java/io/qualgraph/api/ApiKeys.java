package io.qualgraph.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The API keys, their roles and the people they belong to: from {@code QUALGRAPH_API_KEYS} ({@code role:key} or
 * {@code role:name:key} entries, comma separated) or, when that is unset, one generated key per role, named after
 * its role, kept in an owner-only file in the data dir.
 */
public final class ApiKeys {

    static final String FILE_NAME = "api-keys.properties";
    private static final int MAX_NAME = 100;

    /** Whom a key belongs to: the person named in its entry (the role's name when none is given) and the role. */
    public record Principal(String name, Role role) {
    }

    private final Map<String, Principal> principalByKey;
    private final Path storedIn;

    private ApiKeys(Map<String, Principal> principalByKey, Path storedIn) {
        this.principalByKey = Map.copyOf(principalByKey);
        this.storedIn = storedIn;
    }

    /** Parses configured pairs, or loads (and on first start creates) the generated key file. */
    public static ApiKeys configure(String pairs, Path dataDir) {
        if (pairs != null && !pairs.isBlank()) {
            return new ApiKeys(parse(pairs), null);
        }
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            writeGenerated(file);
        }
        try {
            return new ApiKeys(parse(Files.readString(file).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.replace('=', ':'))
                    .reduce((a, b) -> a + "," + b).orElse("")), file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read API keys from " + file, e);
        }
    }

    /**
     * Entries {@code role:key} (the person is named after the role) or {@code role:name:key}; a key itself may hold
     * no colon in the two-part form, and a name is 1–100 characters without a colon or comma.
     */
    static Map<String, Principal> parse(String pairs) {
        Map<String, Principal> principals = new LinkedHashMap<>();
        for (String entry : pairs.split(",")) {
            String[] parts = entry.strip().split(":", 3);
            if (parts.length < 2 || parts[0].isBlank() || parts[parts.length - 1].isBlank()
                    || (parts.length == 3 && (parts[1].isBlank() || parts[1].strip().length() > MAX_NAME))) {
                throw new IllegalArgumentException("QUALGRAPH_API_KEYS entries must look like role:key or role:name:key"
                        + " (a name of 1–" + MAX_NAME + " characters), got '" + mask(entry.strip()) + "'");
            }
            Role role = Role.parse(parts[0]);
            String name = parts.length == 3 ? parts[1].strip() : role.name().toLowerCase(Locale.ROOT);
            if (principals.put(parts[parts.length - 1].strip(), new Principal(name, role)) != null) {
                throw new IllegalArgumentException("QUALGRAPH_API_KEYS names the same key twice (for " + name + ")");
            }
        }
        return principals;
    }

    /** An entry in an error message without its secret: everything after the last colon is hidden. */
    private static String mask(String entry) {
        int last = entry.lastIndexOf(':');
        return last < 0 ? "…" : entry.substring(0, last + 1) + "…";
    }

    private static void writeGenerated(Path file) {
        SecureRandom random = new SecureRandom();
        Map<Role, String> keys = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            keys.put(role, role.name().toLowerCase() + "-" + HexFormat.of().formatHex(bytes));
        }
        StringBuilder text = new StringBuilder("# Generated at first start; role=key (named after the role), or"
                + " role:name=key to name the person. Set QUALGRAPH_API_KEYS to use your own.\n");
        keys.forEach((role, key) -> text.append(role.name().toLowerCase()).append('=').append(key).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the file keeps the platform's default permissions
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write generated API keys to " + file, e);
        }
    }

    /** Whom {@code key} belongs to, compared in constant time against every key. */
    public Optional<Principal> principalOf(String key) {
        if (key == null) {
            return Optional.empty();
        }
        byte[] given = key.getBytes(StandardCharsets.UTF_8);
        Principal found = null;
        for (Map.Entry<String, Principal> entry : principalByKey.entrySet()) {
            if (MessageDigest.isEqual(entry.getKey().getBytes(StandardCharsets.UTF_8), given)) {
                found = entry.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The generated key file, or empty when the keys come from QUALGRAPH_API_KEYS. */
    public Optional<Path> storedIn() {
        return Optional.ofNullable(storedIn);
    }
}
