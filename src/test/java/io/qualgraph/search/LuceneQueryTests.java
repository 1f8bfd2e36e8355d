package io.qualgraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneQueryTests {

    @Test
    void words_become_prefixes_and_long_words_also_allow_one_typo() {
        assertThat(LuceneQuery.of("Web Holding AG")).hasValue("web* AND (holding* OR holding~1) AND ag*");
    }

    @Test
    void operators_and_syntax_are_plain_lower_case_words() {
        assertThat(LuceneQuery.of("a AND (b* OR \"c\")~ NOT d:e\\")).hasValue("a* AND and* AND b* AND or* AND c* AND not* AND d* AND e*");
        assertThat(LuceneQuery.of("*** -- \"\"")).isEmpty();
    }

    @Test
    void at_most_eight_words_are_used() {
        assertThat(LuceneQuery.of("a b c d e f g h i j").orElseThrow().split(" AND ")).hasSize(LuceneQuery.MAX_WORDS);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void random_text_never_yields_query_syntax(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append((char) (random.nextInt(0x250) + 1));
        }
        LuceneQuery.of(text.toString()).ifPresent(q -> assertThat(q.replaceAll("[*~1()]|\\b(AND|OR)\\b", ""))
                .matches("[\\p{L}\\p{N} ]*"));
    }
}
