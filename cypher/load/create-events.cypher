// A story's events with the claims that SUPPORT them, the entities that PARTICIPATED_IN them
// (with their role), the places they TOOK_PLACE_IN, the agreements they CONCERN, and the entities
// they INVOLVE with their index keys (computed by the load stage from the same rows; the rules and
// key format are those of load/merge-involvements, which derives them from the graph).
// CREATE: see create-claims.
// Params: $rows: [{storyId, id, date, endDate, type, summary, position, sortKey, claimIds: [String],
//                  participants: [{entityId, role}], placeIds: [String], agreementIds: [String],
//                  involved: [{entityId, key, typeKey}]}]
// Returns: created
UNWIND $rows AS row
MATCH (s:Story {id: row.storyId})
CREATE (s)-[:HAS_EVENT]->(ev:Event {id: row.id})
SET ev.date = row.date, ev.endDate = row.endDate, ev.type = row.type, ev.summary = row.summary,
    ev.position = toInteger(row.position), ev.sortKey = row.sortKey
WITH ev, row
CALL (ev, row) {
  UNWIND row.claimIds AS claimId
  MATCH (c:Claim {id: claimId})
  CREATE (c)-[:SUPPORTS]->(ev)
}
CALL (ev, row) {
  UNWIND row.participants AS p
  MATCH (e:Entity {id: p.entityId})
  CREATE (e)-[:PARTICIPATED_IN {role: p.role}]->(ev)
}
CALL (ev, row) {
  UNWIND row.placeIds AS placeId
  MATCH (p:Entity {id: placeId})
  CREATE (ev)-[:TOOK_PLACE_IN]->(p)
}
CALL (ev, row) {
  UNWIND row.agreementIds AS agreementId
  MATCH (a:Entity {id: agreementId})
  CREATE (ev)-[:CONCERNS]->(a)
}
CALL (ev, row) {
  UNWIND row.involved AS inv
  MATCH (x:Entity {id: inv.entityId})
  CREATE (ev)-[:INVOLVES {key: inv.key, typeKey: inv.typeKey}]->(x)
}
RETURN count(*) AS created;
