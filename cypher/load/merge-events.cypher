// Creates events with their story and the claims that support them.
// Params: $rows: [{storyId, id, date, endDate, type, summary, position, claimIds}]
// Returns: merged
UNWIND $rows AS row
MATCH (s:Story {id: row.storyId})
MERGE (ev:Event {id: row.id})
SET ev.date = row.date, ev.endDate = row.endDate, ev.type = row.type, ev.summary = row.summary, ev.position = toInteger(row.position)
MERGE (s)-[:HAS_EVENT]->(ev)
WITH ev, row
CALL (ev, row) {
  UNWIND row.claimIds AS claimId
  MATCH (c:Claim {id: claimId})
  MERGE (c)-[:SUPPORTS]->(ev)
}
RETURN count(*) AS merged;
