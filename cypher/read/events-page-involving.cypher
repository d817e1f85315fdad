// events(involving:) for ONE entity (the common case): one page of its events read from the
// INVOLVES key index in order and cut at $skip + $limit, so the cost does not grow with the
// entity's number of events. Same order and filters as read/events-page: date (newest or
// oldest first), then story id and timeline position ascending, undated events last.
// Newest first reads the keys descending (story and position descending too), so the events
// of the last date of a full page are re-read (one key range: that entity's events of that
// day) and sorted by story and position. Branches are guarded by parameters ($asc, $typed,
// rg.undated): only the ones that apply read the index.
// Params: $entityId: String,
//         $prefix: String (key prefix: '<entityId> ', or '<entityId> <type> ' when $typed),
//         $ranges: [{lo: String, hi: String, undated: Boolean}] key ranges [lo, hi), in list
//                  order (dated events, then undated ones, read oldest first / by story);
//                  keys are INVOLVES.key, or INVOLVES.typeKey when $typed
//                  (see load/merge-involvements),
//         $typed: Boolean, $asc: Boolean (false = newest first),
//         $countRanges: Boolean (false = no type/date filter: the total is the entity's degree),
//         $skip: Integer, $limit: Integer
// Returns: totalCount, events [{id, date, endDate, type, summary, position, storyId}]
CALL () {
  UNWIND range(0, size($ranges) - 1) AS i
  CALL (i) {
    WITH $ranges[i] AS rg WHERE NOT $typed AND NOT $asc AND NOT rg.undated
    MATCH (ev:Event)-[r:INVOLVES]->()
    WHERE r.key >= rg.lo AND r.key < rg.hi
    WITH ev ORDER BY r.key DESC LIMIT $skip + $limit
    RETURN ev
    UNION ALL
    WITH $ranges[i] AS rg WHERE NOT $typed AND ($asc OR rg.undated)
    MATCH (ev:Event)-[r:INVOLVES]->()
    WHERE r.key >= rg.lo AND r.key < rg.hi
    WITH ev ORDER BY r.key ASC LIMIT $skip + $limit
    RETURN ev
    UNION ALL
    WITH $ranges[i] AS rg WHERE $typed AND NOT $asc AND NOT rg.undated
    MATCH (ev:Event)-[r:INVOLVES]->()
    WHERE r.typeKey >= rg.lo AND r.typeKey < rg.hi
    WITH ev ORDER BY r.typeKey DESC LIMIT $skip + $limit
    RETURN ev
    UNION ALL
    WITH $ranges[i] AS rg WHERE $typed AND ($asc OR rg.undated)
    MATCH (ev:Event)-[r:INVOLVES]->()
    WHERE r.typeKey >= rg.lo AND r.typeKey < rg.hi
    WITH ev ORDER BY r.typeKey ASC LIMIT $skip + $limit
    RETURN ev
  }
  WITH i, collect(ev) AS evs
  WITH i, evs,
       CASE WHEN NOT $asc AND NOT $ranges[i].undated AND size(evs) = $skip + $limit
         THEN reduce(m = evs[0].date, x IN evs | CASE WHEN x.date < m THEN x.date ELSE m END)
       END AS boundary
  CALL (boundary) {
    CALL (boundary) {
      WITH boundary WHERE boundary IS NOT NULL AND NOT $typed
      MATCH (ev:Event)-[r:INVOLVES]->()
      WHERE r.key >= $prefix + boundary + ' ' AND r.key < $prefix + boundary + '!'
      RETURN ev
      UNION ALL
      WITH boundary WHERE boundary IS NOT NULL AND $typed
      MATCH (ev:Event)-[r:INVOLVES]->()
      WHERE r.typeKey >= $prefix + boundary + ' ' AND r.typeKey < $prefix + boundary + '!'
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
CALL () {
  UNWIND CASE WHEN $countRanges THEN $ranges ELSE [] END AS rg
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
OPTIONAL MATCH (x:Entity {id: $entityId})
RETURN CASE WHEN $countRanges THEN counted ELSE COUNT { (x)<-[:INVOLVES]-() } END AS totalCount, events;
