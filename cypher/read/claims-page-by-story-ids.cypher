// Story.claimConnection (DataLoader batch): one page of each story's claims by position,
// with the total (a degree count).
// Params: $ids: [String] (story ids), $skip: Integer, $limit: Integer
// Returns: storyId, totalCount, claims [{id, text, kind, position, section, storyId}]
UNWIND $ids AS id
MATCH (s:Story {id: id})
RETURN s.id AS storyId,
  COUNT { (s)-[:HAS_CLAIM]->() } AS totalCount,
  COLLECT {
    MATCH (s)-[:HAS_CLAIM]->(c:Claim)
    WITH c ORDER BY c.position SKIP $skip LIMIT $limit
    RETURN c {.id, .text, .kind, .position, .section, storyId: s.id}
  } AS claims;
