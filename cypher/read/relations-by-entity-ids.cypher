// Entity.relations (DataLoader batch): other entities connected through shared events
// (kind from the event type via $eventKinds, default CO_PARTICIPATED; VISITED / VISITED_BY
// for where events took place; SIGNED / SIGNED_BY or ADDRESSED / ADDRESSED_BY for agreements
// events concern), through roles (HOLDS_ROLE, HAS_LEADER) and through parties to agreements
// (PARTY_TO, HAS_PARTY). Strongest first (events, then claims, then name).
// Supporting claims: the claims supporting the shared events, or the claims stating the role.
// They order relations with the same number of events, so they are collected only for the
// relations whose event count lies within the page's (not for the long tail of a head of
// state's hundreds of relations); sources, their count and distinct outlets for the page only.
// Params: $ids: [String] (entity ids), $eventKinds: Map (event type -> relation kind),
//         $types: [String]|null (relation kinds to keep), $skip: Integer, $limit: Integer,
//         $listMax: Integer (most ids returned in eventIds, claimIds, sourceIds),
//         $maxEvents: Integer (most recent events of the entity considered)
// Returns: entityId, totalCount,
//          relations [{type, entity {id, name, type, kind, aliases, count, topics},
//                      eventCount, claimCount, sourceCount, outletCount, firstDate, lastDate,
//                      eventIds (oldest first), claimIds (story order), sourceIds (story, number)}]
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  // A very connected entity (a head of state in thousands of stories) is related through its
  // most recent $maxEvents events only, so one request stays bounded in time and memory:
  // read newest first from the INVOLVES key index ('<entityId> <date> …', undated last) and
  // cut there, without expanding all its events (events it is involved in only through an
  // office are skipped: relations come from participations, places and agreements).
  CALL (e) {
    MATCH (ev:Event)-[r:INVOLVES]->()
    WHERE r.key >= e.id + ' ' AND r.key < e.id + '!'
      AND (EXISTS { (e)-[:PARTICIPATED_IN]->(ev) } OR EXISTS { (ev)-[:TOOK_PLACE_IN|CONCERNS]->(e) })
    WITH ev ORDER BY r.key DESC LIMIT $maxEvents
    RETURN collect(ev) AS recent
  }
  // How e takes part in each event is read once; then one expansion of the event's own
  // (few) participants, places and agreements gives every relation kind it yields.
  CALL (e, recent) {
    UNWIND recent AS ev
    WITH ev, [(e)-[x:PARTICIPATED_IN|TOOK_PLACE_IN|CONCERNS]-(ev) | type(x)] AS links
    WITH ev, 'PARTICIPATED_IN' IN links AS took, 'TOOK_PLACE_IN' IN links AS hosted, 'CONCERNS' IN links AS concerned
    MATCH (ev)-[r:PARTICIPATED_IN|TOOK_PLACE_IN|CONCERNS]-(o:Entity)
    WHERE o <> e
    WITH ev, o, CASE type(r)
      WHEN 'PARTICIPATED_IN' THEN
        CASE WHEN took THEN [coalesce($eventKinds[ev.type], 'CO_PARTICIPATED')] ELSE [] END
        + CASE WHEN hosted THEN ['VISITED_BY'] ELSE [] END
        + CASE WHEN concerned THEN [CASE WHEN ev.type = 'Signing' THEN 'SIGNED_BY' ELSE 'ADDRESSED_BY' END] ELSE [] END
      WHEN 'TOOK_PLACE_IN' THEN CASE WHEN took THEN ['VISITED'] ELSE [] END
      ELSE CASE WHEN took THEN [CASE WHEN ev.type = 'Signing' THEN 'SIGNED' ELSE 'ADDRESSED' END] ELSE [] END
    END AS kinds
    UNWIND kinds AS kind
    RETURN DISTINCT o, ev, kind
  }
  WITH o, kind, ev ORDER BY ev.date, ev.position
  WITH o, kind, collect(ev) AS evs
  RETURN o, kind, evs, null AS claimIds
  UNION
  MATCH (e)-[r:HOLDS_ROLE]->(o:Entity)
  WITH o, collect(r) AS rs
  RETURN o, 'HOLDS_ROLE' AS kind, [] AS evs, reduce(acc = [], r IN rs | acc + [c IN coalesce(r.claimIds, []) WHERE NOT c IN acc]) AS claimIds
  UNION
  MATCH (e)<-[r:HOLDS_ROLE]-(o:Entity)
  WITH o, collect(r) AS rs
  RETURN o, 'HAS_LEADER' AS kind, [] AS evs, reduce(acc = [], r IN rs | acc + [c IN coalesce(r.claimIds, []) WHERE NOT c IN acc]) AS claimIds
  UNION
  MATCH (e)-[:PARTY_TO]->(o:Entity)
  RETURN o, 'PARTY_TO' AS kind, [] AS evs, [] AS claimIds
  UNION
  MATCH (e)<-[:PARTY_TO]-(o:Entity)
  RETURN o, 'HAS_PARTY' AS kind, [] AS evs, [] AS claimIds
}
WITH e, o, kind, evs, claimIds
WHERE $types IS NULL OR kind IN $types
ORDER BY size(evs) DESC
WITH e, collect({o: o, kind: kind, evs: evs, claimIds: claimIds}) AS rows
// Positions $skip .. $skip + $limit - 1 hold relations with between `low` and `high` events;
// the `before` relations with more than `high` all come earlier.
WITH e, rows, size(rows) AS totalCount,
     CASE WHEN size(rows) > $skip THEN size(rows[$skip].evs) END AS high,
     CASE WHEN size(rows) > $skip THEN size(rows[CASE WHEN $skip + $limit < size(rows) THEN $skip + $limit - 1 ELSE size(rows) - 1 END].evs) END AS low
WITH e, totalCount, size([r IN rows WHERE size(r.evs) > high]) AS before,
     [r IN rows WHERE size(r.evs) >= low AND size(r.evs) <= high] AS candidates
CALL (candidates) {
  UNWIND candidates AS r
  WITH r, CASE WHEN r.claimIds IS NOT NULL THEN r.claimIds ELSE COLLECT {
      UNWIND r.evs AS x
      MATCH (c:Claim)-[:SUPPORTS]->(x)
      // Story order without visiting the story: a claim id is '<story id>#c<position>'.
      WITH DISTINCT c ORDER BY split(c.id, '#')[0], c.position
      RETURN c.id
    } END AS claimIds
  ORDER BY size(r.evs) DESC, size(claimIds) DESC, r.o.name, r.kind
  RETURN collect({o: r.o, kind: r.kind, evs: r.evs, claimIds: claimIds}) AS ranked
}
WITH e, totalCount, ranked[$skip - before..$skip - before + $limit] AS page
CALL (page) {
  UNWIND range(0, size(page) - 1) AS i
  WITH i, page[i] AS r
  WITH i, r, r.o AS o
  WITH i, r, o, [x IN r.evs WHERE x.date IS NOT NULL | x.date] AS dates,
    COLLECT {
      UNWIND r.claimIds AS cid
      MATCH (:Claim {id: cid})-[:CITES]->(src:Source)
      // A source id is '<story id>#s<number>'.
      WITH DISTINCT src ORDER BY split(src.id, '#')[0], src.number, src.id
      RETURN {id: src.id, outlet: toLower(trim(src.outlet))}
    } AS sources
  WITH i, r, o, dates, sources, COLLECT { UNWIND sources AS x RETURN DISTINCT x.outlet } AS outlets
  ORDER BY i
  RETURN collect({
    type: r.kind,
    entity: o {.id, .name, .type, .kind, .aliases, .count, .topics},
    eventCount: size(r.evs),
    claimCount: size(r.claimIds),
    sourceCount: size(sources),
    outletCount: size(outlets),
    firstDate: head(dates),
    lastDate: last(dates),
    eventIds: [x IN r.evs | x.id][0..$listMax],
    claimIds: r.claimIds[0..$listMax],
    sourceIds: [x IN sources | x.id][0..$listMax]
  }) AS relations
}
RETURN e.id AS entityId, totalCount, relations;
