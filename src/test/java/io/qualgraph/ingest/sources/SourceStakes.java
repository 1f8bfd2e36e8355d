package io.qualgraph.ingest.sources;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.qualgraph.entity.OwnsRow;
import io.qualgraph.ingest.Bundle;

/** An imported bundle's stakes as input to the ownership arithmetic (owners listed as persons are persons). */
public final class SourceStakes {

    private SourceStakes() {
    }

    public static List<OwnsRow> of(Bundle bundle) {
        Set<String> people = new HashSet<>();
        bundle.persons().forEach(p -> people.add(p.id()));
        return bundle.ownership().stream().map(o -> new OwnsRow(o.owner(), null, people.contains(o.owner()), o.owned(),
                o.share(), o.shareMin(), o.shareMax(), day(o.since()), day(o.until()))).toList();
    }

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso.substring(0, 10));
    }
}
