// Node and relationship totals, for idempotency checks and the start-up summary.
// Params: none   Returns: nodes, relationships
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships;
