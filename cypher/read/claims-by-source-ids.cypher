// Claims citing sources (DataLoader batch), in story order.
// Params: $ids: [String] (source ids), $max: Integer (most items per list: the cap of plain lists)
// Returns: sourceId, claims [{id, text, kind, position, section, storyId}]
UNWIND $ids AS id
MATCH (src:Source {id: id})
RETURN src.id AS sourceId,
  COLLECT {
    MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim)-[:CITES]->(src)
    WITH c, s ORDER BY c.position LIMIT $max
    RETURN c {.id, .text, .kind, .position, .section, storyId: s.id}
  } AS claims;
