package io.qualgraph.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTests {

    private static List<CsvReader.Line> read(String text) {
        CsvReader reader = new CsvReader(new StringReader(text));
        List<CsvReader.Line> lines = new ArrayList<>();
        for (CsvReader.Line line = reader.next(); line != null; line = reader.next()) {
            lines.add(line);
        }
        return lines;
    }

    @Test
    void reads_quoted_fields_with_commas_quotes_and_line_breaks() {
        List<CsvReader.Line> lines = read("id,name\r\n1,\"Acme, \"\"the\"\" best\"\r\n2,\"two\nlines\"\r\n3,\r\n");
        assertThat(lines).extracting(CsvReader.Line::fields).containsExactly(List.of("id", "name"),
                List.of("1", "Acme, \"the\" best"), List.of("2", "two\nlines"), List.of("3", ""));
        assertThat(lines).extracting(CsvReader.Line::number).containsExactly(1, 2, 3, 5);
    }

    @Test
    void skips_a_byte_order_mark_and_blank_lines_and_reads_a_last_line_without_break() {
        List<CsvReader.Line> lines = read("\uFEFFid\n\n\nA\rB");
        assertThat(lines).extracting(CsvReader.Line::fields).containsExactly(List.of("id"), List.of("A"), List.of("B"));
        assertThat(lines).extracting(CsvReader.Line::number).containsExactly(1, 4, 5);
    }

    @Test
    void an_unclosed_quote_is_a_problem_naming_its_line() {
        assertThatThrownBy(() -> read("id\n\"open\n")).isInstanceOf(Problem.class)
                .satisfies(e -> assertThat(((Problem) e).errors().get(0).path()).isEqualTo("line 2"));
    }

    @Test
    void reads_another_separator_with_the_same_quoting() {
        CsvReader reader = new CsvReader(new StringReader("age;job;note\n56;\"house;maid\";\"a, b\"\n"), ';');
        assertThat(reader.next().fields()).containsExactly("age", "job", "note");
        assertThat(reader.next().fields()).containsExactly("56", "house;maid", "a, b");
        assertThat(reader.next()).isNull();
    }
}
