// Sources by id (DataLoader batch).
// Params: $ids: [String]
// Returns: source {id, number, outlet, title, description, url, storyId}
UNWIND $ids AS id
MATCH (s:Story)-[:HAS_SOURCE]->(src:Source {id: id})
RETURN src {.id, .number, .outlet, .title, .description, .url, storyId: s.id} AS source;
