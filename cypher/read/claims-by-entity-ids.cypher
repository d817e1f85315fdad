// Claims mentioning entities (DataLoader batch), by story then position.
// Params: $ids: [String] (entity ids), $max: Integer (most items per list: the cap of plain lists)
// Returns: entityId, claims [{id, text, kind, position, section, storyId}]
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS entityId,
  COLLECT {
    MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim)-[:MENTIONS]->(e)
    WITH c, s ORDER BY s.id, c.position LIMIT $max
    RETURN c {.id, .text, .kind, .position, .section, storyId: s.id}
  } AS claims;
