// Creates or updates entities with their type label and alias lookup keys.
// Labels come from a closed set (no label is built from input).
// Params: $rows: [{id, type, kind, name, aliases, aliasKeys, count, topics}]
// Returns: created
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e._new = true, e.aliases = [], e.topics = []
SET e.kind = coalesce(e.kind, row.kind),
    e.count = coalesce(toInteger(row.count), e.count),
    e.aliases = reduce(acc = e.aliases, a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    e.topics = reduce(acc = coalesce(e.topics, []), t IN row.topics | CASE WHEN t IN acc THEN acc ELSE acc + t END)
SET e.aliasText = reduce(acc = '', a IN e.aliases | acc + ' | ' + a)
FOREACH (_ IN CASE WHEN row.type = 'PERSON' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'COUNTRY' THEN [1] ELSE [] END | SET e:Country)
FOREACH (_ IN CASE WHEN row.type = 'ORGANIZATION' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN row.type = 'PLACE' THEN [1] ELSE [] END | SET e:Place)
FOREACH (_ IN CASE WHEN row.type = 'AGREEMENT' THEN [1] ELSE [] END | SET e:Agreement)
FOREACH (_ IN CASE WHEN row.type = 'OTHER' THEN [1] ELSE [] END | SET e:Other)
WITH e, row, coalesce(e._new, false) AS created
REMOVE e._new
WITH e, row, created
CALL (e, row) {
  UNWIND row.aliasKeys AS key
  MERGE (a:Alias {key: key})
  MERGE (a)-[:NAMES]->(e)
}
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created;
