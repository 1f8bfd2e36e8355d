// Whether the graph holds any legal entity (the seed loader only fills an empty graph).
// Parameters: none
// Returns: present (boolean)
RETURN EXISTS { MATCH (:LegalEntity) } AS present
