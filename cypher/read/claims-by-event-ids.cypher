// Claims supporting events (DataLoader batch): the timeline claim first, then by story position.
// Params: $ids: [String] (event ids), $max: Integer (most items per list: the cap of plain lists)
// Returns: eventId, claims [{id, text, kind, position, section, storyId}]
UNWIND $ids AS id
MATCH (ev:Event {id: id})
RETURN ev.id AS eventId,
  COLLECT {
    MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim)-[:SUPPORTS]->(ev)
    WITH c, s ORDER BY CASE c.kind WHEN 'timeline' THEN 0 ELSE 1 END, c.position LIMIT $max
    RETURN c {.id, .text, .kind, .position, .section, storyId: s.id}
  } AS claims;
