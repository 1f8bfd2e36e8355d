package io.qualgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeysTests {

    @Test
    void role_name_key_entries_name_the_person_and_role_key_entries_are_named_after_the_role() {
        ApiKeys keys = ApiKeys.configure("compliance:Dana Kim:k1, sales:k2,admin: Ada Admin :k3", null);
        assertThat(keys.principalOf("k1")).contains(new ApiKeys.Principal("Dana Kim", Role.COMPLIANCE));
        assertThat(keys.principalOf("k2")).contains(new ApiKeys.Principal("sales", Role.SALES));
        assertThat(keys.principalOf("k3")).contains(new ApiKeys.Principal("Ada Admin", Role.ADMIN));
        assertThat(keys.principalOf("Dana Kim:k1")).isEmpty();
        assertThat(keys.principalOf(null)).isEmpty();
    }

    @Test
    void generated_keys_are_named_after_their_role_and_a_named_line_in_the_file_names_its_person(@TempDir Path dir)
            throws Exception {
        ApiKeys generated = ApiKeys.configure(null, dir);
        String text = Files.readString(dir.resolve(ApiKeys.FILE_NAME));
        String salesKey = text.lines().filter(l -> l.startsWith("sales=")).findFirst().orElseThrow().substring(6);
        assertThat(generated.principalOf(salesKey)).contains(new ApiKeys.Principal("sales", Role.SALES));
        Files.writeString(dir.resolve(ApiKeys.FILE_NAME), text.replace("sales=", "sales:Sam Seller="));
        assertThat(ApiKeys.configure("", dir).principalOf(salesKey))
                .contains(new ApiKeys.Principal("Sam Seller", Role.SALES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sales", "sales:", ":k", "sales::k", "boss:Bo:k", "sales:a:k,admin:b:k"})
    void malformed_entries_are_refused_without_showing_the_key(String entries) {
        assertThatThrownBy(() -> ApiKeys.configure(entries, null))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(":k'"));
    }
}
