// Empties the database (tests and benchmarks only; constraints and indexes stay).
// Params: none   Returns: nothing
MATCH (n) DETACH DELETE n;
