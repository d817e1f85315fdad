// People holding a title of countries or organizations (DataLoader batch), by title then name.
// Params: $ids: [String] (country / organization entity ids)
// Returns: ofId, roles [{title, claimIds, person: {id, name, type, kind, aliases, count, topics}}]
UNWIND $ids AS id
MATCH (o:Entity {id: id})
RETURN o.id AS ofId,
  COLLECT {
    MATCH (p:Entity)-[r:HOLDS_ROLE]->(o)
    WITH r, p ORDER BY r.title, p.name
    RETURN {title: r.title, claimIds: coalesce(r.claimIds, []), person: p {.id, .name, .type, .kind, .aliases, .count, .topics}}
  } AS roles;
