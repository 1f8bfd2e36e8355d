// Counts the nodes of every label and the relationships of every type, for the load summary and the seed check,
// from the database's count store (constant time, whatever the graph's size). Labels and types with no node or
// relationship are left out.
// Parameters: none
// Returns: kind ('label' or 'relationship'), name (string), count (integer)
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
UNWIND [n IN data.nodes WHERE n.label IS NOT NULL AND n.count > 0 | {kind: 'label', name: n.label, count: n.count}]
     + [r IN data.relationships WHERE r.relationshipType IS NOT NULL AND r.startLabel IS NULL AND r.endLabel IS NULL
          AND r.count > 0 | {kind: 'relationship', name: r.relationshipType, count: r.count}] AS row
RETURN row.kind AS kind, row.name AS name, row.count AS count
