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
import java.util.Map;
import java.util.Optional;

/**
 * The API keys and their roles: from {@code QUALGRAPH_API_KEYS} ({@code role:key} pairs, comma
 * separated) or, when that is unset, one generated key per role kept in an owner-only file in the data dir.
 */
public final class ApiKeys {

    static final String FILE_NAME = "api-keys.properties";

    private final Map<String, Role> roleByKey;
    private final Path storedIn;

    private ApiKeys(Map<String, Role> roleByKey, Path storedIn) {
        this.roleByKey = Map.copyOf(roleByKey);
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

    static Map<String, Role> parse(String pairs) {
        Map<String, Role> roles = new LinkedHashMap<>();
        for (String pair : pairs.split(",")) {
            int colon = pair.indexOf(':');
            if (colon < 1 || colon == pair.strip().length() - 1) {
                throw new IllegalArgumentException("QUALGRAPH_API_KEYS entries must look like role:key, got '" + pair.strip() + "'");
            }
            roles.put(pair.substring(colon + 1).strip(), Role.parse(pair.substring(0, colon)));
        }
        return roles;
    }

    private static void writeGenerated(Path file) {
        SecureRandom random = new SecureRandom();
        Map<Role, String> keys = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            keys.put(role, role.name().toLowerCase() + "-" + HexFormat.of().formatHex(bytes));
        }
        StringBuilder text = new StringBuilder("# Generated at first start; role=key. Set QUALGRAPH_API_KEYS to use your own.\n");
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

    /** The role of {@code key}, compared in constant time. */
    public Optional<Role> roleOf(String key) {
        if (key == null) {
            return Optional.empty();
        }
        byte[] given = key.getBytes(StandardCharsets.UTF_8);
        Role found = null;
        for (Map.Entry<String, Role> entry : roleByKey.entrySet()) {
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
