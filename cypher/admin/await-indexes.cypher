// Blocks until every index is online (after schema/* on a fresh database).
// Params: none   Returns: nothing
CALL db.awaitIndexes(300);
