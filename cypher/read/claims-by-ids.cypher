// Claims by id (DataLoader batch).
// Params: $ids: [String]
// Returns: claim {id, text, kind, position, section, storyId}
UNWIND $ids AS id
MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim {id: id})
RETURN c {.id, .text, .kind, .position, .section, storyId: s.id} AS claim;
