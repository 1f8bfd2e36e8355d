package io.qualgraph.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qualgraph.risk.RiskLevel;
import io.qualgraph.support.Graph;
import io.qualgraph.support.Problem;
import io.qualgraph.support.Vocabulary;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/** Searches each asked kind in its own full-text index (and by exact id), best first within each kind. */
@Service
public class NameSearch {

    static final int MAX_TEXT = 200;

    private static final Map<SearchKind, String> QUERIES = Map.of(SearchKind.ENTITY, "queries/search/entities",
            SearchKind.CONTACT, "queries/search/contacts", SearchKind.LEAD, "queries/search/leads",
            SearchKind.PERSON, "queries/search/persons");

    private final Graph graph;

    NameSearch(Graph graph) {
        this.graph = graph;
    }

    public SearchAnswer search(String text, List<SearchKind> kinds, int limit) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            throw Problem.invalid("q", "must not be blank");
        }
        if (typed.length() > MAX_TEXT) {
            throw Problem.invalid("q", "must have at most " + MAX_TEXT + " characters");
        }
        String query = LuceneQuery.of(typed)
                .orElseThrow(() -> Problem.invalid("q", "must contain a letter or a digit"));
        List<SearchHit> hits = new ArrayList<>();
        for (SearchKind kind : kinds) {
            hits.addAll(kind == SearchKind.ACCOUNT ? accounts(typed, query, limit) : find(kind, typed, query, limit));
        }
        return new SearchAnswer(typed, kinds, hits);
    }

    /** The names of the ids that name something, in the order asked. */
    public List<NodeName> names(List<String> ids) {
        return graph.query("queries/search/names", Map.of("ids", ids), r -> new NodeName(r.get("id").asString(),
                SearchKind.valueOf(r.get("kind").asString()), r.get("name").asString(null), r.get("title").asString(null),
                r.get("accountId").asString(null), Vocabulary.stored(RiskLevel.class, r.get("riskLevel").asString(null))));
    }

    private List<SearchHit> find(SearchKind kind, String id, String query, int limit) {
        return graph.query(QUERIES.get(kind), Map.of("id", id, "query", query, "limit", limit), r -> hit(kind, r));
    }

    /** The distinct accounts of the matching entities, in the order of their best member. */
    private List<SearchHit> accounts(String id, String query, int limit) {
        Map<String, SearchHit> byAccount = new LinkedHashMap<>();
        for (SearchHit e : find(SearchKind.ENTITY, id, query, limit * 2)) {
            List<String> detail = e.accountId().equals(e.id()) ? e.detail() : List.of("parent of " + e.name());
            byAccount.putIfAbsent(e.accountId(), new SearchHit(SearchKind.ACCOUNT, e.accountId(), e.accountName(),
                    detail, e.accountId(), e.accountId(), e.accountName(), e.score()));
        }
        return byAccount.values().stream().limit(limit).toList();
    }

    private static SearchHit hit(SearchKind kind, Record r) {
        return new SearchHit(kind, r.get("id").asString(), r.get("name").asString(null),
                r.get("detail").asList(v -> v.asString()), r.get("entityId").asString(null),
                r.get("accountId").asString(null), r.get("accountName").asString(null), r.get("score").asDouble());
    }
}
