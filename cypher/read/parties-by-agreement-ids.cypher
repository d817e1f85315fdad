// Parties to agreements (DataLoader batch), by name.
// Params: $ids: [String] (agreement entity ids)
// Returns: agreementId, parties [{id, name, type, kind, aliases, count, topics}]
UNWIND $ids AS id
MATCH (a:Entity {id: id})
RETURN a.id AS agreementId,
  COLLECT {
    MATCH (p:Entity)-[:PARTY_TO]->(a)
    WITH p ORDER BY p.name, p.id
    RETURN p {.id, .name, .type, .kind, .aliases, .count, .topics}
  } AS parties;
