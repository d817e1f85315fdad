// After stories were removed or replaced: recompute each entity's aliases from the stories
// that still feature it, and drop lookup keys (and Alias nodes) no remaining story gave.
// Params: $entityIds: [String]   Returns: refreshed
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
CALL (e) {
  OPTIONAL MATCH (:Story)-[f:FEATURES]->(e)
  UNWIND coalesce(f.aliases, []) AS a
  WITH DISTINCT a ORDER BY a
  RETURN collect(a) AS aliases
}
CALL (e) {
  OPTIONAL MATCH (:Story)-[f:FEATURES]->(e)
  UNWIND coalesce(f.aliasKeys, []) AS k
  RETURN collect(DISTINCT k) AS keys
}
SET e.aliases = aliases, e.aliasText = reduce(acc = '', a IN aliases | acc + ' | ' + a)
WITH e, keys
CALL (e, keys) {
  MATCH (a:Alias)-[n:NAMES]->(e)
  WHERE NOT a.key IN keys
  DELETE n
  WITH a
  WHERE NOT EXISTS { (a)-[:NAMES]->() }
  DELETE a
}
RETURN count(e) AS refreshed;
