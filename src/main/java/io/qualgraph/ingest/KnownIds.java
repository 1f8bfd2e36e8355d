package io.qualgraph.ingest;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** What the graph already holds, asked once per kind with every id a bundle refers to. */
interface KnownIds {

    Set<String> entities(Collection<String> ids);

    Set<String> persons(Collection<String> ids);

    Set<String> contacts(Collection<String> ids);

    Set<String> opportunities(Collection<String> ids);

    /** For each of {@code emails} already used in the graph: the id of the contact that uses it. */
    Map<String, String> emailOwners(Collection<String> emails);

    /** Nothing is in the graph: for tests and for validating a bundle on its own. */
    KnownIds NONE = new KnownIds() {
        public Set<String> entities(Collection<String> ids) {
            return Set.of();
        }

        public Set<String> persons(Collection<String> ids) {
            return Set.of();
        }

        public Set<String> contacts(Collection<String> ids) {
            return Set.of();
        }

        public Set<String> opportunities(Collection<String> ids) {
            return Set.of();
        }

        public Map<String, String> emailOwners(Collection<String> emails) {
            return Map.of();
        }
    };
}
