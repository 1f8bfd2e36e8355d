package io.qualgraph.risk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qualgraph.entity.EntityNames;
import io.qualgraph.entity.Families;
import org.springframework.stereotype.Service;

/**
 * The review queue as the reviewer works it: the open reviews of {@link ReviewService#queue(int)} grouped by
 * corporate family (the ultimate parent), each with its current evidence, highest level first.
 */
@Service
public class ReviewQueueFamilies {

    /** One open review and the evidence behind its level now (rule, level, words naming share, list and since). */
    public record Entry(ReviewService.QueueItem review, List<Evidence> evidence) {
    }

    /** A family with open reviews: its account, the highest level among them, and the entries. */
    public record Group(String accountId, String accountName, RiskLevel highest, List<Entry> entries) {
    }

    private final ReviewService reviews;
    private final RiskService risk;
    private final Families families;
    private final EntityNames entityNames;
    private final Clock clock;

    ReviewQueueFamilies(ReviewService reviews, RiskService risk, Families families, EntityNames entityNames,
            Clock clock) {
        this.entityNames = entityNames;
        this.reviews = reviews;
        this.risk = risk;
        this.families = families;
        this.clock = clock;
    }

    public List<Group> groups(int limit) {
        Instant now = clock.instant();
        Map<String, List<Entry>> byAccount = new LinkedHashMap<>();
        for (ReviewService.QueueItem item : reviews.queue(limit)) {
            String account = families.familyOf(item.entityId(), now).map(Families.Family::ultimateParentId)
                    .orElse(item.entityId());
            List<Evidence> evidence = risk.assess(item.entityId(), now, risk.regime(null)).evidence();
            byAccount.computeIfAbsent(account, k -> new ArrayList<>()).add(new Entry(item, evidence));
        }
        Map<String, String> names = entityNames.of(byAccount.keySet());
        List<Group> groups = new ArrayList<>();
        byAccount.forEach((account, entries) -> groups.add(new Group(account, names.get(account),
                entries.stream().map(e -> e.review().level()).max(Comparator.naturalOrder()).orElseThrow(),
                List.copyOf(entries))));
        groups.sort(Comparator.comparing(Group::highest).reversed().thenComparing(Group::accountId));
        return groups;
    }
}
