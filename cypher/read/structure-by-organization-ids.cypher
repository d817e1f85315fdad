// Where organizations sit in each other (DataLoader batch): the organizations each one is a
// body of, and its own bodies ("IOC Executive Board" PART_OF the IOC), by name.
// Params: $ids: [String] (organization entity ids)
// Returns: organizationId, partOf [{id, name, type, kind, aliases, count, topics}], bodies [same]
UNWIND $ids AS id
MATCH (o:Entity {id: id})
RETURN o.id AS organizationId,
  COLLECT {
    MATCH (o)-[:PART_OF]->(p:Entity)
    WITH p ORDER BY p.name, p.id
    RETURN p {.id, .name, .type, .kind, .aliases, .count, .topics}
  } AS partOf,
  COLLECT {
    MATCH (b:Entity)-[:PART_OF]->(o)
    WITH b ORDER BY b.name, b.id
    RETURN b {.id, .name, .type, .kind, .aliases, .count, .topics}
  } AS bodies;
