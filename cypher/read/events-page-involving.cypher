// events(involving: <one name>) in ONE round trip: the entities the name denotes and, when
// that is exactly one entity (the common case), one page of its events, optionally with each
// event's participants, places and agreements.
// The name: the entity with id $id (when the name is shaped like an entity id), else the
// entities of the first of $keys that names any (aliasKey of the name, then fallbacks such
// as the key without leading titles), as read/alias-entities finds them.
// The page is read from the INVOLVES key index in order and cut at $skip + $limit, so the
// cost does not grow with the entity's number of events. Same order and filters as
// read/events-page: date (newest or oldest first), then story id and timeline position
// ascending, undated events last. Newest first reads the keys descending (story and position
// descending too), so the events of the last date of a full page are re-read (one key range:
// that entity's events of that day) and sorted by story and position. Branches are guarded
// by parameters ($asc, $typed, rg.undated): only the ones that apply read the index.
// Several matching entities: no page here (events and totalCount empty); the caller reads
// read/events-page with them.
// Params: $id: String|null, $keys: [String],
//         $prefix: String (key prefix after the entity id: ' ', or ' <type> ' when $typed),
//         $ranges: [{lo: String, hi: String, undated: Boolean}] key ranges [id + lo, id + hi),
//                  in list order (dated events, then undated ones, read oldest first / by
//                  story); keys are INVOLVES.key, or INVOLVES.typeKey when $typed
//                  (see load/merge-involvements),
//         $typed: Boolean, $asc: Boolean (false = newest first),
//         $countRanges: Boolean (false = no type/date filter: the total is the entity's degree),
//         $withEntities: Boolean (true = also each event's participants, places, agreements),
//         $skip: Integer, $limit: Integer
// Returns: matched [entity {id, name, type, kind, aliases, count, topics}], totalCount,
//          events [{id, date, endDate, type, summary, position, storyId}],
//          entities [{eventId, participants [{role, entity}], places [entity], agreements [entity]}]
//          (as read/event-entities-by-event-ids; [] without $withEntities)
CALL () {
  UNWIND range(0, size($keys) - 1) AS k
  CALL (k) {
    MATCH (:Alias {key: $keys[k]})-[:NAMES]->(e:Entity)
    WITH e ORDER BY e.name, e.id
    RETURN collect(e) AS named
  }
  WITH k, named WHERE size(named) > 0
  WITH named ORDER BY k LIMIT 1
  RETURN collect(named) AS byKey
}
OPTIONAL MATCH (byId:Entity {id: $id})
WITH CASE WHEN byId IS NOT NULL THEN [byId] ELSE coalesce(byKey[0], []) END AS matched
WITH matched, CASE WHEN size(matched) = 1 THEN matched[0].id END AS entityId
WITH matched, entityId, entityId + $prefix AS prefix,
     CASE WHEN entityId IS NULL THEN [] ELSE [rg IN $ranges | {lo: entityId + rg.lo, hi: entityId + rg.hi, undated: rg.undated}] END AS ranges
CALL (ranges, prefix) {
  UNWIND range(0, size(ranges) - 1) AS i
  CALL (i, ranges) {
    WITH ranges[i] AS rg WHERE NOT $typed AND NOT $asc AND NOT rg.undated
    MATCH (ev:Event)-[r:INVOLVES]->()
    WHERE r.key >= rg.lo AND r.key < rg.hi
    WITH ev ORDER BY r.key DESC LIMIT $skip + $limit
    RETURN ev
    UNION ALL
    WITH ranges[i] AS rg WHERE NOT $typed AND ($asc OR rg.undated)
    MATCH (ev:Event)-[r:INVOLVES]->()
    WHERE r.key >= rg.lo AND r.key < rg.hi
    WITH ev ORDER BY r.key ASC LIMIT $skip + $limit
    RETURN ev
    UNION ALL
    WITH ranges[i] AS rg WHERE $typed AND NOT $asc AND NOT rg.undated
    MATCH (ev:Event)-[r:INVOLVES]->()
    WHERE r.typeKey >= rg.lo AND r.typeKey < rg.hi
    WITH ev ORDER BY r.typeKey DESC LIMIT $skip + $limit
    RETURN ev
    UNION ALL
    WITH ranges[i] AS rg WHERE $typed AND ($asc OR rg.undated)
    MATCH (ev:Event)-[r:INVOLVES]->()
    WHERE r.typeKey >= rg.lo AND r.typeKey < rg.hi
    WITH ev ORDER BY r.typeKey ASC LIMIT $skip + $limit
    RETURN ev
  }
  WITH i, collect(ev) AS evs
  WITH i, evs,
       CASE WHEN NOT $asc AND NOT ranges[i].undated AND size(evs) = $skip + $limit
         THEN reduce(m = evs[0].date, x IN evs | CASE WHEN x.date < m THEN x.date ELSE m END)
       END AS boundary
  CALL (boundary, prefix) {
    CALL (boundary, prefix) {
      WITH boundary WHERE boundary IS NOT NULL AND NOT $typed
      MATCH (ev:Event)-[r:INVOLVES]->()
      WHERE r.key >= prefix + boundary + ' ' AND r.key < prefix + boundary + '!'
      RETURN ev
      UNION ALL
      WITH boundary WHERE boundary IS NOT NULL AND $typed
      MATCH (ev:Event)-[r:INVOLVES]->()
      WHERE r.typeKey >= prefix + boundary + ' ' AND r.typeKey < prefix + boundary + '!'
      RETURN ev
    }
    RETURN collect(ev) AS tied
  }
  UNWIND evs + tied AS ev
  WITH DISTINCT i, ev
  MATCH (s:Story)-[:HAS_EVENT]->(ev)
  WITH i, ev, s
  ORDER BY i, CASE WHEN $asc THEN ev.date END ASC, CASE WHEN NOT $asc THEN ev.date END DESC, s.id, ev.position
  SKIP $skip LIMIT $limit
  RETURN collect(ev {.id, .date, .endDate, .type, .summary, .position, storyId: s.id}) AS events
}
CALL (ranges) {
  UNWIND CASE WHEN $countRanges THEN ranges ELSE [] END AS rg
  CALL (rg) {
    WITH rg WHERE NOT $typed
    MATCH ()-[r:INVOLVES]->()
    WHERE r.key >= rg.lo AND r.key < rg.hi
    RETURN count(r) AS n
    UNION ALL
    WITH rg WHERE $typed
    MATCH ()-[r:INVOLVES]->()
    WHERE r.typeKey >= rg.lo AND r.typeKey < rg.hi
    RETURN count(r) AS n
  }
  RETURN sum(n) AS counted
}
CALL (events) {
  UNWIND CASE WHEN $withEntities THEN events ELSE [] END AS page
  MATCH (ev:Event {id: page.id})
  RETURN collect({
    eventId: ev.id,
    participants: COLLECT {
      MATCH (e:Entity)-[p:PARTICIPATED_IN]->(ev)
      WITH e, p ORDER BY e.name, e.id
      RETURN {role: p.role, entity: e {.id, .name, .type, .kind, .aliases, .count, .topics}}
    },
    places: COLLECT {
      MATCH (ev)-[:TOOK_PLACE_IN]->(e:Entity)
      WITH e ORDER BY e.name, e.id
      RETURN e {.id, .name, .type, .kind, .aliases, .count, .topics}
    },
    agreements: COLLECT {
      MATCH (ev)-[:CONCERNS]->(e:Entity)
      WITH e ORDER BY e.name, e.id
      RETURN e {.id, .name, .type, .kind, .aliases, .count, .topics}
    }
  }) AS entities
}
WITH matched, counted, events, entities, CASE WHEN entityId IS NOT NULL THEN matched[0] END AS x
RETURN [e IN matched | e {.id, .name, .type, .kind, .aliases, .count, .topics}] AS matched,
       CASE WHEN x IS NULL THEN 0
            WHEN $countRanges THEN counted
            ELSE COUNT { (x)<-[:INVOLVES]-() } END AS totalCount,
       events, entities;
