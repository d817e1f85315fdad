// Participants, places and agreements of events (DataLoader batch; one statement for all three).
// Params: $ids: [String] (event ids)
// Returns: eventId, participants [{role, entity}], places [entity], agreements [entity]
//          (each list ordered by entity name; entity = {id, name, type, kind, aliases, count, topics})
UNWIND $ids AS id
MATCH (ev:Event {id: id})
RETURN ev.id AS eventId,
  COLLECT {
    MATCH (e:Entity)-[p:PARTICIPATED_IN]->(ev)
    WITH e, p ORDER BY e.name, e.id
    RETURN {role: p.role, entity: e {.id, .name, .type, .kind, .aliases, .count, .topics}}
  } AS participants,
  COLLECT {
    MATCH (ev)-[:TOOK_PLACE_IN]->(e:Entity)
    WITH e ORDER BY e.name, e.id
    RETURN e {.id, .name, .type, .kind, .aliases, .count, .topics}
  } AS places,
  COLLECT {
    MATCH (ev)-[:CONCERNS]->(e:Entity)
    WITH e ORDER BY e.name, e.id
    RETURN e {.id, .name, .type, .kind, .aliases, .count, .topics}
  } AS agreements;
