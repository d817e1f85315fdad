// Entity.mentionConnection (DataLoader batch): one page of the claims mentioning each entity,
// by story then position, with the total (a degree count, cheap at any size).
// Params: $ids: [String] (entity ids), $skip: Integer, $limit: Integer
// Returns: entityId, totalCount, claims [{id, text, kind, position, section, storyId}]
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS entityId,
  COUNT { (e)<-[:MENTIONS]-() } AS totalCount,
  COLLECT {
    MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim)-[:MENTIONS]->(e)
    WITH c, s ORDER BY s.id, c.position SKIP $skip LIMIT $limit
    RETURN c {.id, .text, .kind, .position, .section, storyId: s.id}
  } AS claims;
