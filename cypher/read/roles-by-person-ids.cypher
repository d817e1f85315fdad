// Titles people hold (DataLoader batch), by title.
// Params: $ids: [String] (person entity ids)
// Returns: personId, roles [{title, claimIds, of: {id, name, type, kind, aliases, count, topics}}]
UNWIND $ids AS id
MATCH (p:Entity {id: id})
RETURN p.id AS personId,
  COLLECT {
    MATCH (p)-[r:HOLDS_ROLE]->(o:Entity)
    WITH r, o ORDER BY r.title, o.name
    RETURN {title: r.title, claimIds: coalesce(r.claimIds, []), of: o {.id, .name, .type, .kind, .aliases, .count, .topics}}
  } AS roles;
