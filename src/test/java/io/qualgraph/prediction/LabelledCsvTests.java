package io.qualgraph.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import io.qualgraph.support.Problem;
import org.junit.jupiter.api.Test;

class LabelledCsvTests {

    private static final String FILE = """
            Id,Converted,Visits,Source,Same,Signed
            a1,1,3,web,x,2026-01-02
            a2,0,,partner,x,2026-01-01
            a3,yes,7,,x,2026-01-03
            a4,,2,web,x,2026-01-04
            """;

    private static LabelledCsv.Read read(String text, LabelledCsv.Options options) {
        return LabelledCsv.read(new StringReader(text), options);
    }

    @Test
    void types_columns_and_leaves_out_identifiers_and_unlabelled_rows() {
        LabelledCsv.Read read = read(FILE, new LabelledCsv.Options("Converted", null, ',', null));
        assertThat(read.skipped()).isEqualTo(1);
        assertThat(read.observations().positive()).containsExactly(true, false, true);
        assertThat(read.observations().columns()).extracting(Column::name).containsExactly("Visits", "Source", "Same");
        Column visits = read.observations().columns().get(0);
        assertThat(visits.isNumeric()).isTrue();
        assertThat(visits.numbers()[1]).isNaN();
        assertThat(read.observations().columns().get(1).levels()).containsExactly("web", "partner", null);
        assertThat(read.excluded()).containsExactly(new Excluded("Id", Excluded.IDENTIFIER),
                new Excluded("Signed", Excluded.IDENTIFIER));
        assertThat(read.observations().hasTime()).isFalse();
    }

    @Test
    void a_time_column_orders_the_rows() {
        LabelledCsv.Read read = read(FILE, new LabelledCsv.Options("Converted", null, ',', "Signed"));
        assertThat(read.observations().byTime()).containsExactly(1, 0, 2);
        assertThat(read.observations().columns()).extracting(Column::name).doesNotContain("Signed");
    }

    @Test
    void a_named_positive_value_and_another_separator() {
        LabelledCsv.Read read = read("age;y\n30;yes\n40;no\n50;maybe\n", new LabelledCsv.Options("y", "yes", ';', null));
        assertThat(read.observations().positive()).containsExactly(true, false, false);
    }

    @Test
    void bad_files_name_the_option_and_the_line() {
        LabelledCsv.Options options = new LabelledCsv.Options("Outcome", null, ',', null);
        assertThatThrownBy(() -> read(FILE, options)).isInstanceOfSatisfying(Problem.class, p -> {
            assertThat(p.errors().get(0).path()).isEqualTo("--label");
            assertThat(p.getMessage()).contains("no column 'Outcome'", "Converted");
        });
        assertThatThrownBy(() -> read("", options)).isInstanceOfSatisfying(Problem.class,
                p -> assertThat(p.errors().get(0).path()).isEqualTo("file"));
        assertThatThrownBy(() -> read("a,y\n1,won\n", new LabelledCsv.Options("y", null, ',', null)))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.errors().get(0).path()).isEqualTo("--positive");
                    assertThat(p.getMessage()).contains("line 2", "'won'");
                });
        assertThatThrownBy(() -> read("a,y\n1,1\n2\n", new LabelledCsv.Options("y", null, ',', null)))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.getMessage()).contains("line 3 has 1 fields"));
        assertThatThrownBy(() -> read(FILE, new LabelledCsv.Options("Converted", null, ',', "Source")))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.errors().get(0).path()).isEqualTo("--time"));
    }
}
