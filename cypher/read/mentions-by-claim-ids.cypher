// Entities a claim mentions (DataLoader batch), in order of first mention.
// Params: $ids: [String] (claim ids)
// Returns: claimId, entities [{id, name, type, kind, aliases, count, topics}]
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN c.id AS claimId,
  COLLECT {
    MATCH (c)-[m:MENTIONS]->(e:Entity)
    WITH e, m ORDER BY coalesce(m.starts[0], 0), e.name
    RETURN e {.id, .name, .type, .kind, .aliases, .count, .topics}
  } AS entities;
