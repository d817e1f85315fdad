// Source.claimConnection (DataLoader batch): one page of the claims citing each source, in
// story order, with the total (a degree count).
// Params: $ids: [String] (source ids), $skip: Integer, $limit: Integer
// Returns: sourceId, totalCount, claims [{id, text, kind, position, section, storyId}]
UNWIND $ids AS id
MATCH (src:Source {id: id})
RETURN src.id AS sourceId,
  COUNT { (src)<-[:CITES]-() } AS totalCount,
  COLLECT {
    MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim)-[:CITES]->(src)
    WITH c, s ORDER BY c.position SKIP $skip LIMIT $limit
    RETURN c {.id, .text, .kind, .position, .section, storyId: s.id}
  } AS claims;
