// Every relationship with its end points and properties, for comparing whole graphs.
// Params: none   Returns: start, type, end, props
MATCH (a)-[r]->(b)
RETURN coalesce(a.id, a.key) AS start, type(r) AS type, coalesce(b.id, b.key) AS end, properties(r) AS props
ORDER BY start, type, end;
