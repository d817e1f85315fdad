// Entities of stories (mentioned by their claims, or linked to their events), by name.
// Params: $ids: [String] (story ids), $max: Integer (most items per list: the cap of plain lists)
// Returns: storyId, entities [{id, name, type, kind, aliases, count, topics}]
UNWIND $ids AS id
MATCH (s:Story {id: id})
RETURN s.id AS storyId,
  COLLECT {
    CALL (s) {
      MATCH (s)-[:HAS_CLAIM]->(:Claim)-[:MENTIONS]->(e:Entity) RETURN e
      UNION
      MATCH (s)-[:HAS_EVENT]->(:Event)<-[:PARTICIPATED_IN]-(e:Entity) RETURN e
      UNION
      MATCH (s)-[:HAS_EVENT]->(:Event)-[:TOOK_PLACE_IN|CONCERNS]->(e:Entity) RETURN e
    }
    WITH e ORDER BY e.name, e.id LIMIT $max
    RETURN e {.id, .name, .type, .kind, .aliases, .count, .topics}
  } AS entities;
