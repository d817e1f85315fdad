// Sources a claim cites (DataLoader batch), by number.
// Params: $ids: [String] (claim ids)
// Returns: claimId, sources [{id, number, outlet, title, description, url, storyId}]
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN c.id AS claimId,
  COLLECT {
    MATCH (c)-[:CITES]->(src:Source)<-[:HAS_SOURCE]-(s:Story)
    WITH src, s ORDER BY src.number, src.id
    RETURN src {.id, .number, .outlet, .title, .description, .url, storyId: s.id}
  } AS sources;
