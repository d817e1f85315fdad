// Entities no claim mentions and no source is published by are no longer supported
// by any story: remove them and aliases left naming nothing.
// Params: $entityIds: [String] (candidates: the entities of the stories just removed)
// Returns: pruned
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
WHERE NOT EXISTS { (:Claim)-[:MENTIONS]->(e) }
  AND NOT EXISTS { (:Source)-[:PUBLISHED_BY]->(e) }
  AND NOT EXISTS { (e)-[:PARTICIPATED_IN]->(:Event) }
  AND NOT EXISTS { (:Event)-[:TOOK_PLACE_IN|CONCERNS]->(e) }
OPTIONAL MATCH (a:Alias)-[:NAMES]->(e)
WITH e, collect(a) AS aliases
DETACH DELETE e
WITH aliases
UNWIND aliases AS a
WITH DISTINCT a
WHERE NOT EXISTS { (a)-[:NAMES]->() }
DELETE a
RETURN count(*) AS pruned;
