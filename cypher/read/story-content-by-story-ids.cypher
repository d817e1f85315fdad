// Sources, claims and events of stories (DataLoader batch; one statement for all three).
// Params: $ids: [String] (story ids), $max: Integer (most items per list: the cap of plain lists)
// Returns: storyId,
//          sources [{id, number, outlet, title, description, url, storyId}] by number,
//          claims [{id, text, kind, position, section, storyId}] by position,
//          events [{id, date, endDate, type, summary, position, storyId}] in timeline order
UNWIND $ids AS id
MATCH (s:Story {id: id})
RETURN s.id AS storyId,
  COLLECT {
    MATCH (s)-[:HAS_SOURCE]->(src:Source)
    WITH src ORDER BY src.number, src.id LIMIT $max
    RETURN src {.id, .number, .outlet, .title, .description, .url, storyId: s.id}
  } AS sources,
  COLLECT {
    MATCH (s)-[:HAS_CLAIM]->(c:Claim)
    WITH c ORDER BY c.position LIMIT $max
    RETURN c {.id, .text, .kind, .position, .section, storyId: s.id}
  } AS claims,
  COLLECT {
    MATCH (s)-[:HAS_EVENT]->(ev:Event)
    WITH ev ORDER BY ev.position LIMIT $max
    RETURN ev {.id, .date, .endDate, .type, .summary, .position, storyId: s.id}
  } AS events;
