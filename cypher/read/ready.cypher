// Readiness probe: the database answers and the schema is applied.
// Params: none   Returns: constraints (how many constraints named entity_id exist: 1 when ready)
SHOW CONSTRAINTS YIELD name
WHERE name = 'entity_id'
RETURN count(*) AS constraints;
