// Events by id (DataLoader batch).
// Params: $ids: [String]
// Returns: event {id, date, endDate, type, summary, position, storyId}
UNWIND $ids AS id
MATCH (s:Story)-[:HAS_EVENT]->(ev:Event {id: id})
RETURN ev {.id, .date, .endDate, .type, .summary, .position, storyId: s.id} AS event;
