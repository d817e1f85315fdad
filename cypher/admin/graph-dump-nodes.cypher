// Every node with its labels and properties, sorted, for comparing whole graphs (tests, checksums).
// Nodes are named by id (Alias nodes by key).
// Params: none   Returns: key, labels, props
MATCH (n)
WITH n, coalesce(n.id, n.key) AS key
RETURN key, [l IN labels(n) | l] AS labels, properties(n) AS props
ORDER BY key;
