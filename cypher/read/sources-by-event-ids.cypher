// Distinct sources cited by the claims supporting events (DataLoader batch), by number.
// Params: $ids: [String] (event ids)
// Returns: eventId, sources [{id, number, outlet, title, description, url, storyId}]
UNWIND $ids AS id
MATCH (ev:Event {id: id})
RETURN ev.id AS eventId,
  COLLECT {
    MATCH (ev)<-[:SUPPORTS]-(:Claim)-[:CITES]->(src:Source)<-[:HAS_SOURCE]-(s:Story)
    WITH DISTINCT src, s ORDER BY src.number, src.id
    RETURN src {.id, .number, .outlet, .title, .description, .url, storyId: s.id}
  } AS sources;
