// Readiness probe: the database answers and the entity uniqueness constraint exists.
// Params: none   Returns: applied (Boolean)
SHOW CONSTRAINTS YIELD name
WHERE name = 'entity_id'
RETURN count(*) > 0 AS applied;
