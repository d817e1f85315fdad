// A story's events with the claims that SUPPORT them, the entities that PARTICIPATED_IN them
// (with their role), the places they TOOK_PLACE_IN and the agreements they CONCERN.
// CREATE: see create-claims.
// Params: $rows: [{storyId, id, date, endDate, type, summary, position, claimIds: [String],
//                  participants: [{entityId, role}], placeIds: [String], agreementIds: [String]}]
// Returns: created
UNWIND $rows AS row
MATCH (s:Story {id: row.storyId})
CREATE (s)-[:HAS_EVENT]->(ev:Event {id: row.id})
SET ev.date = row.date, ev.endDate = row.endDate, ev.type = row.type, ev.summary = row.summary,
    ev.position = toInteger(row.position)
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
RETURN count(*) AS created;
