// One page of events with the total count, filtered and ordered: the general case (several
// entity groups, a story filter, a name matching several entities, no filter at all).
// One entity without a story filter goes to read/events-page-involving (index range).
// An event involves the entities it has an INVOLVES relationship to (participants, places,
// agreements, offices its participants hold according to the same story: see
// load/merge-involvements). Candidates come from the most selective start: the story's
// events, else the first group's involvements, else every event.
// Order: by date (newest or oldest first), then story id, then timeline position; undated
// events last either way.
// Params: $groups: [[String]]  entity-id groups; an event must involve some entity of EVERY
//                              group ([] = no entity filter)
//         $type: String|null, $from: String|null, $to: String|null (YYYY-MM-DD, inclusive),
//         $story: String|null (story id), $asc: Boolean (false = newest first),
//         $skip: Integer, $limit: Integer
// Returns: totalCount, events [{id, date, endDate, type, summary, position, storyId}]
CALL () {
  OPTIONAL MATCH (:Story {id: $story})-[:HAS_EVENT]->(ev:Event)
  WITH ev WHERE ev IS NOT NULL
  RETURN ev
  UNION
  UNWIND CASE WHEN $story IS NULL AND size($groups) > 0 THEN $groups[0] ELSE [] END AS id
  MATCH (:Entity {id: id})<-[:INVOLVES]-(ev:Event)
  RETURN ev
  UNION
  UNWIND CASE WHEN $story IS NULL AND size($groups) = 0 THEN [1] ELSE [] END AS all
  MATCH (ev:Event)
  RETURN ev
}
WITH DISTINCT ev
WHERE ($type IS NULL OR ev.type = $type)
  AND ($from IS NULL OR ev.date >= $from)
  AND ($to IS NULL OR ev.date <= $to)
WITH ev, [(ev)-[:INVOLVES]->(x:Entity) | x.id] AS involved
WHERE all(g IN $groups WHERE any(id IN g WHERE id IN involved))
MATCH (s:Story)-[:HAS_EVENT]->(ev)
ORDER BY CASE WHEN $asc THEN ev.date END ASC,
         CASE WHEN NOT $asc THEN coalesce(ev.date, '') END DESC,
         s.id, ev.position
WITH collect(ev {.id, .date, .endDate, .type, .summary, .position, storyId: s.id}) AS rows
RETURN size(rows) AS totalCount, rows[$skip..$skip + $limit] AS events;
