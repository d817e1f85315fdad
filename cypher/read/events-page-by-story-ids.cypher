// Story.eventConnection (DataLoader batch): one page of each story's events in timeline
// order, with the total (a degree count).
// Params: $ids: [String] (story ids), $skip: Integer, $limit: Integer
// Returns: storyId, totalCount, events [{id, date, endDate, type, summary, position, storyId}]
UNWIND $ids AS id
MATCH (s:Story {id: id})
RETURN s.id AS storyId,
  COUNT { (s)-[:HAS_EVENT]->() } AS totalCount,
  COLLECT {
    MATCH (s)-[:HAS_EVENT]->(ev:Event)
    WITH ev ORDER BY ev.position SKIP $skip LIMIT $limit
    RETURN ev {.id, .date, .endDate, .type, .summary, .position, storyId: s.id}
  } AS events;
