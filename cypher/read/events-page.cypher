// One page of events with the total count, filtered and ordered.
// An event "involves" an entity that PARTICIPATED_IN it, that it TOOK_PLACE_IN or CONCERNS,
// or whose office-holder (HOLDS_ROLE: "Samoa's lead negotiator", "Japan's Prime Minister") took part.
// Params: $groups: [[String]]  entity-id groups; an event must involve some entity of EVERY
//                              group ([] = no entity filter)
//         $type: String|null, $from: String|null, $to: String|null (YYYY-MM-DD, inclusive),
//         $story: String|null (story id), $asc: Boolean (false = newest first),
//         $skip: Integer, $limit: Integer
// Returns: totalCount, events [{id, date, endDate, type, summary, position, storyId}]
CALL () {
  UNWIND CASE WHEN size($groups) > 0 THEN $groups[0] ELSE [] END AS id
  MATCH (:Entity {id: id})-[:PARTICIPATED_IN]->(ev:Event)
  RETURN ev
  UNION
  UNWIND CASE WHEN size($groups) > 0 THEN $groups[0] ELSE [] END AS id
  MATCH (:Entity {id: id})<-[:TOOK_PLACE_IN|CONCERNS]-(ev:Event)
  RETURN ev
  UNION
  UNWIND CASE WHEN size($groups) > 0 THEN $groups[0] ELSE [] END AS id
  MATCH (:Entity {id: id})<-[:HOLDS_ROLE]-(:Person)-[:PARTICIPATED_IN]->(ev:Event)
  RETURN ev
  UNION
  UNWIND CASE WHEN size($groups) = 0 THEN [1] ELSE [] END AS all
  MATCH (ev:Event)
  RETURN ev
}
WITH DISTINCT ev
WHERE ($type IS NULL OR ev.type = $type)
  AND ($from IS NULL OR ev.date >= $from)
  AND ($to IS NULL OR ev.date <= $to)
MATCH (s:Story)-[:HAS_EVENT]->(ev)
WHERE $story IS NULL OR s.id = $story
WITH ev, s,
     [(x:Entity)-[:PARTICIPATED_IN]->(ev) | x.id] + [(ev)-[:TOOK_PLACE_IN|CONCERNS]->(x:Entity) | x.id]
       + [(ev)<-[:PARTICIPATED_IN]-(:Person)-[:HOLDS_ROLE]->(x:Entity) | x.id] AS involved
WHERE all(g IN $groups WHERE any(id IN g WHERE id IN involved))
ORDER BY CASE WHEN $asc THEN ev.date END ASC,
         CASE WHEN NOT $asc THEN coalesce(ev.date, '') END DESC,
         s.id, ev.position
WITH collect(ev {.id, .date, .endDate, .type, .summary, .position, storyId: s.id}) AS rows
RETURN size(rows) AS totalCount, rows[$skip..$skip + $limit] AS events;
