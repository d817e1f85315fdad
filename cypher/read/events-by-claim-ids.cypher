// Events a claim supports (DataLoader batch), in timeline order.
// Params: $ids: [String] (claim ids)
// Returns: claimId, events [{id, date, endDate, type, summary, position, storyId}]
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN c.id AS claimId,
  COLLECT {
    MATCH (c)-[:SUPPORTS]->(ev:Event)<-[:HAS_EVENT]-(s:Story)
    WITH ev, s ORDER BY ev.position
    RETURN ev {.id, .date, .endDate, .type, .summary, .position, storyId: s.id}
  } AS events;
