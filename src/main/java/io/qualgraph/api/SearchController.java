package io.qualgraph.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.qualgraph.search.NameSearch;
import io.qualgraph.search.NodeName;
import io.qualgraph.search.SearchAnswer;
import io.qualgraph.search.SearchKind;
import io.qualgraph.support.Paging;
import io.qualgraph.support.Problem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search?q=&kind=&limit=} (sales, compliance, admin): names and ids, every kind unless one is asked. */
@RestController
class SearchController {

    private static final int MAX_LIMIT = 50;
    private static final int MAX_IDS = 200;

    private final NameSearch search;

    SearchController(NameSearch search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    SearchAnswer search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "10") int limit) {
        Paging.limit("limit", limit, MAX_LIMIT);
        return search.search(q, kinds(kind), limit);
    }

    /** {@code GET /api/search/names?ids=a,b,c}: labels for ids the page shows (at most 200, distinct). */
    @GetMapping("/api/search/names")
    List<NodeName> names(@RequestParam(required = false) List<String> ids) {
        List<String> asked = ids == null ? List.of() : ids.stream().map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
        if (asked.isEmpty()) {
            throw Problem.invalid("ids", "must name at least one id");
        }
        if (asked.size() > MAX_IDS) {
            throw Problem.invalid("ids", "must name at most " + MAX_IDS + " ids");
        }
        return search.names(asked);
    }

    private static List<SearchKind> kinds(String kind) {
        if (kind == null || kind.isBlank()) {
            return List.of(SearchKind.values());
        }
        try {
            return List.of(SearchKind.valueOf(kind.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("kind", "must be one of " + Arrays.toString(SearchKind.values()) + ", was '" + kind + "'");
        }
    }
}
