// Entities that may be the same thing under two nodes: same type, and one name contains the
// other or they share an alias key. Review these when tuning identity rules.
// Params: none   Returns: type, a, b, why
MATCH (x:Entity), (y:Entity)
WHERE x.type = y.type AND elementId(x) < elementId(y)
  AND (toLower(x.name) CONTAINS toLower(y.name) OR toLower(y.name) CONTAINS toLower(x.name)
       OR EXISTS { (x)<-[:NAMES]-(:Alias)-[:NAMES]->(y) })
RETURN x.type AS type, x.name + ' (' + x.id + ')' AS a, y.name + ' (' + y.id + ')' AS b,
       CASE WHEN EXISTS { (x)<-[:NAMES]-(:Alias)-[:NAMES]->(y) } THEN 'shared alias' ELSE 'name contains name' END AS why
ORDER BY type, a
LIMIT 200;
