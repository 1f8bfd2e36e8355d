package io.qualgraph.tools.seed;

import java.util.Map;

/** A generated natural person who owns or controls entities. */
record SeedPerson(String id, String name, String nationality, boolean pep) {

    Map<String, Object> row() {
        return Rows.of("id", id, "name", name, "nationality", nationality, "pep", pep);
    }
}
