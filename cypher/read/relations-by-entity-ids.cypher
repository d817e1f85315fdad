// Entity.relations (DataLoader batch): other entities connected through shared events
// (kind from the event type via $eventKinds, default CO_PARTICIPATED; VISITED / VISITED_BY
// for where events took place; SIGNED / SIGNED_BY or ADDRESSED / ADDRESSED_BY for agreements
// events concern) and through roles (HOLDS_ROLE, HAS_LEADER). Strongest first.
// Params: $ids: [String] (entity ids), $eventKinds: Map (event type -> relation kind),
//         $types: [String]|null (relation kinds to keep), $skip: Integer, $limit: Integer
// Returns: entityId, totalCount,
//          relations [{type, entity {id, name, type, kind, aliases, count, topics},
//                      eventCount, claimCount, firstDate, lastDate, eventIds (oldest first)}]
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  CALL (e) {
    MATCH (e)-[:PARTICIPATED_IN]->(ev:Event)<-[:PARTICIPATED_IN]-(o:Entity)
    WHERE o <> e
    RETURN o, ev, coalesce($eventKinds[ev.type], 'CO_PARTICIPATED') AS kind
    UNION
    MATCH (e)-[:PARTICIPATED_IN]->(ev:Event)-[:TOOK_PLACE_IN]->(o:Entity)
    WHERE o <> e
    RETURN o, ev, 'VISITED' AS kind
    UNION
    MATCH (e)<-[:TOOK_PLACE_IN]-(ev:Event)<-[:PARTICIPATED_IN]-(o:Entity)
    WHERE o <> e
    RETURN o, ev, 'VISITED_BY' AS kind
    UNION
    MATCH (e)-[:PARTICIPATED_IN]->(ev:Event)-[:CONCERNS]->(o:Entity)
    WHERE o <> e
    RETURN o, ev, CASE WHEN ev.type = 'Signing' THEN 'SIGNED' ELSE 'ADDRESSED' END AS kind
    UNION
    MATCH (e)<-[:CONCERNS]-(ev:Event)<-[:PARTICIPATED_IN]-(o:Entity)
    WHERE o <> e
    RETURN o, ev, CASE WHEN ev.type = 'Signing' THEN 'SIGNED_BY' ELSE 'ADDRESSED_BY' END AS kind
  }
  WITH o, kind, ev ORDER BY ev.date, ev.position
  WITH o, kind, collect(ev) AS evs
  CALL (evs) {
    UNWIND evs AS x
    OPTIONAL MATCH (c:Claim)-[:SUPPORTS]->(x)
    RETURN count(DISTINCT c) AS claimCount
  }
  RETURN o, kind, evs, claimCount
  UNION
  MATCH (e)-[r:HOLDS_ROLE]->(o:Entity)
  WITH o, sum(size(coalesce(r.claimIds, []))) AS claimCount
  RETURN o, 'HOLDS_ROLE' AS kind, [] AS evs, claimCount
  UNION
  MATCH (e)<-[r:HOLDS_ROLE]-(o:Entity)
  WITH o, sum(size(coalesce(r.claimIds, []))) AS claimCount
  RETURN o, 'HAS_LEADER' AS kind, [] AS evs, claimCount
}
WITH e, o, kind, evs, claimCount
WHERE $types IS NULL OR kind IN $types
WITH e, o, kind, evs, claimCount, [x IN evs WHERE x.date IS NOT NULL | x.date] AS dates
ORDER BY size(evs) DESC, claimCount DESC, o.name, kind
WITH e, collect({
  type: kind,
  entity: o {.id, .name, .type, .kind, .aliases, .count, .topics},
  eventCount: size(evs),
  claimCount: claimCount,
  firstDate: head(dates),
  lastDate: last(dates),
  eventIds: [x IN evs | x.id]
}) AS rows
RETURN e.id AS entityId, size(rows) AS totalCount, rows[$skip..$skip + $limit] AS relations;
