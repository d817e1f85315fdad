// Entities by id (DataLoader batch).
// Params: $ids: [String]
// Returns: entity {id, name, type, kind, aliases, count, topics}
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.id, .name, .type, .kind, .aliases, .count, .topics} AS entity;
