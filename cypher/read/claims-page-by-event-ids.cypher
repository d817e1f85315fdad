// Event.claimConnection (DataLoader batch): one page of the claims supporting each event
// (the timeline claim first, then by position), with the total (a degree count).
// Params: $ids: [String] (event ids), $skip: Integer, $limit: Integer
// Returns: eventId, totalCount, claims [{id, text, kind, position, section, storyId}]
UNWIND $ids AS id
MATCH (ev:Event {id: id})
RETURN ev.id AS eventId,
  COUNT { (ev)<-[:SUPPORTS]-() } AS totalCount,
  COLLECT {
    MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim)-[:SUPPORTS]->(ev)
    WITH c, s ORDER BY CASE c.kind WHEN 'timeline' THEN 0 ELSE 1 END, c.position SKIP $skip LIMIT $limit
    RETURN c {.id, .text, .kind, .position, .section, storyId: s.id}
  } AS claims;
