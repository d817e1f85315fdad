// A page of the events each entity is involved in (PARTICIPATED_IN, or the event
// TOOK_PLACE_IN / CONCERNS it), with the total per entity (DataLoader batch).
// Params: $ids: [String] (entity ids), $asc: Boolean (false = newest first),
//         $skip: Integer, $limit: Integer
// Returns: entityId, totalCount, events [{id, date, endDate, type, summary, position, storyId}]
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[:PARTICIPATED_IN]->(ev:Event) RETURN ev
  UNION
  MATCH (ev:Event)-[:TOOK_PLACE_IN|CONCERNS]->(e) RETURN ev
}
MATCH (s:Story)-[:HAS_EVENT]->(ev)
WITH e, ev, s
ORDER BY CASE WHEN $asc THEN ev.date END ASC,
         CASE WHEN NOT $asc THEN coalesce(ev.date, '') END DESC,
         s.id, ev.position
WITH e, collect(ev {.id, .date, .endDate, .type, .summary, .position, storyId: s.id}) AS rows
RETURN e.id AS entityId, size(rows) AS totalCount, rows[$skip..$skip + $limit] AS events;
