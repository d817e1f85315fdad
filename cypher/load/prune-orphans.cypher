// Entities no claim mentions, no source is published by and no event links to are no
// longer supported by any story: remove them, and alias keys left naming nothing.
// Params: $entityIds: [String] (candidates: the entities of the stories just removed)
// Returns: pruned (entities removed)
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
WHERE NOT EXISTS { (:Claim)-[:MENTIONS]->(e) }
  AND NOT EXISTS { (:Source)-[:PUBLISHED_BY]->(e) }
  AND NOT EXISTS { (e)-[:PARTICIPATED_IN]->(:Event) }
  AND NOT EXISTS { (:Event)-[:TOOK_PLACE_IN|CONCERNS]->(e) }
OPTIONAL MATCH (a:Alias)-[:NAMES]->(e)
WITH e, collect(a) AS aliases
DETACH DELETE e
WITH collect(aliases) AS aliasLists, count(e) AS pruned
CALL (aliasLists) {
  UNWIND aliasLists AS aliases
  UNWIND aliases AS a
  WITH DISTINCT a
  WHERE NOT EXISTS { (a)-[:NAMES]->() }
  DELETE a
}
RETURN pruned;
