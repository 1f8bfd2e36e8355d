// Brings the planner's statistics up to date after a bulk write: resamples every index that the writes since its
// last sample made outdated, waits for the samples, then empties the query caches, so that the next statement is
// planned on the graph as it now is (an admin procedure; PlannerStatistics calls it only after bulk writes).
// Parameters: none
// Returns: nothing
CALL db.prepareForReplanning()
