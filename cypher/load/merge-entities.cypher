// Creates or updates entities with their type label and alias lookup keys. Every merged
// property is order-independent (smallest name and kind, largest count, sorted unions), so
// the graph does not depend on the order stories arrive in.
// Labels come from a closed set (no label is built from input).
// Params: $rows: [{id, type, kind, name, aliases, aliasKeys, count, topics}]
// Returns: created
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e._new = true, e.aliases = [], e.topics = []
// Take the node's write lock before reading its lists: concurrent ingesters then merge
// into the latest committed value instead of overwriting each other's aliases.
SET e._lock = true
SET e.name = CASE WHEN row.name < e.name THEN row.name ELSE e.name END,
    e.kind = CASE WHEN e.kind IS NULL OR row.kind < e.kind THEN row.kind ELSE e.kind END,
    e.count = CASE WHEN e.count IS NULL OR toInteger(row.count) > e.count THEN toInteger(row.count) ELSE e.count END
WITH e, row
CALL (e, row) {
  UNWIND e.aliases + row.aliases AS a
  WITH DISTINCT a ORDER BY a
  RETURN collect(a) AS aliases
}
CALL (e, row) {
  UNWIND coalesce(e.topics, []) + row.topics AS t
  WITH DISTINCT t ORDER BY t
  RETURN collect(t) AS topics
}
SET e.aliases = aliases, e.topics = topics,
    e.aliasText = reduce(acc = '', a IN aliases | acc + ' | ' + a)
FOREACH (_ IN CASE WHEN row.type = 'PERSON' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'COUNTRY' THEN [1] ELSE [] END | SET e:Country)
FOREACH (_ IN CASE WHEN row.type = 'ORGANIZATION' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN row.type = 'PLACE' THEN [1] ELSE [] END | SET e:Place)
FOREACH (_ IN CASE WHEN row.type = 'AGREEMENT' THEN [1] ELSE [] END | SET e:Agreement)
FOREACH (_ IN CASE WHEN row.type = 'OTHER' THEN [1] ELSE [] END | SET e:Other)
WITH e, row, coalesce(e._new, false) AS created
REMOVE e._new, e._lock
WITH e, row, created
CALL (e, row) {
  UNWIND row.aliasKeys AS key
  MERGE (a:Alias {key: key})
  MERGE (a)-[:NAMES]->(e)
}
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created;
