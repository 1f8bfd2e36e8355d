package io.qualgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.qualgraph.lead.LeadStage;
import io.qualgraph.prediction.Algorithm;
import io.qualgraph.prediction.Target;
import io.qualgraph.risk.RiskLevel;
import io.qualgraph.scoring.Grade;
import io.qualgraph.scoring.LeadSource;
import io.qualgraph.scoring.Outcome;
import io.qualgraph.scoring.Route;
import io.qualgraph.scoring.Tier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The page's filter and form choices are the service's vocabularies: every option a select offers is a constant of the
 * enum the API reads it as (a renamed constant would otherwise filter to nothing, silently), and a select that stands
 * for the whole vocabulary offers all of it.
 */
class PageVocabularyTests {

    private static final Pattern SELECT = Pattern.compile("<select name=\"(\\w+)\">(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option(?: value=\"([^\"]*)\")?>([^<]*)</option>");

    static Stream<Arguments> selects() {
        return Stream.of(
                Arguments.of("source", LeadSource.class, true),
                Arguments.of("route", Route.class, true),
                Arguments.of("stage", LeadStage.class, true),
                Arguments.of("outcome", Outcome.class, true),
                Arguments.of("tier", Tier.class, true),
                Arguments.of("grade", Grade.class, true),
                Arguments.of("target", Target.class, true),
                Arguments.of("algorithm", Algorithm.class, true),
                Arguments.of("level", RiskLevel.class, false)); // the review queue holds ELEVATED and above only
    }

    @ParameterizedTest(name = "{0} offers {1}")
    @MethodSource("selects")
    void a_select_offers_the_constants_of_its_vocabulary(String name, Class<? extends Enum<?>> vocabulary,
            boolean whole) throws IOException {
        List<String> constants = Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name).toList();
        List<List<String>> selects = offered(name);
        assertThat(selects).as("select name=%s on the page", name).isNotEmpty();
        for (List<String> offered : selects) {
            assertThat(constants).as("what select %s offers", name).containsAll(offered);
            if (whole) {
                assertThat(offered).as("select %s offers every %s", name, vocabulary.getSimpleName())
                        .containsExactlyInAnyOrderElementsOf(constants);
            }
        }
    }

    /** The option values (else texts) of every select with this name, "any"/"all" (an empty value) left out. */
    private static List<List<String>> offered(String name) throws IOException {
        String page;
        try (InputStream in = PageVocabularyTests.class.getResourceAsStream("/static/index.html")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<List<String>> selects = new ArrayList<>();
        Matcher select = SELECT.matcher(page);
        while (select.find()) {
            if (select.group(1).equals(name)) {
                List<String> values = new ArrayList<>();
                Matcher option = OPTION.matcher(select.group(2));
                while (option.find()) {
                    String value = option.group(1) != null ? option.group(1) : option.group(2).trim();
                    if (!value.isEmpty()) {
                        values.add(value);
                    }
                }
                selects.add(values);
            }
        }
        return selects;
    }
}
