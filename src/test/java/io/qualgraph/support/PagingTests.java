package io.qualgraph.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PagingTests {

    private static final List<Integer> SEVEN = IntStream.range(0, 7).boxed().toList();

    @Test
    void pages_cut_the_list_and_end_empty() {
        assertThat(Paging.of(0, 3, 10).of(SEVEN)).containsExactly(0, 1, 2);
        assertThat(Paging.of(2, 3, 10).of(SEVEN)).containsExactly(6);
        assertThat(Paging.of(3, 3, 10).of(SEVEN)).isEmpty();
    }

    @Test
    void the_last_int_page_of_the_largest_size_is_past_the_end_not_an_overflow() {
        Paging last = Paging.of(Integer.MAX_VALUE, 200, 200);
        assertThat(last.skip()).isEqualTo(Integer.MAX_VALUE * 200L);
        assertThat(last.of(SEVEN)).isEmpty();
    }

    @Test
    void bad_values_name_the_parameter_and_the_rule() {
        assertThatThrownBy(() -> Paging.of(-1, 3, 10)).isInstanceOf(Problem.class).hasMessageContaining("0 or more");
        assertThatThrownBy(() -> Paging.of(0, 0, 10)).isInstanceOf(Problem.class).hasMessageContaining("between 1 and 10");
        assertThatThrownBy(() -> Paging.of(0, 11, 10)).isInstanceOf(Problem.class).hasMessageContaining("between 1 and 10");
        assertThatThrownBy(() -> Paging.limit("limit", 1001, 1000)).isInstanceOf(Problem.class)
                .hasMessageContaining("between 1 and 1000");
        assertThat(Paging.limit("limit", 1000, 1000)).isEqualTo(1000);
    }
}
