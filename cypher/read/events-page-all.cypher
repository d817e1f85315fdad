// events() without an entity or story filter: one page of all events read from the
// Event.sortKey index in order ('<date> <storyId> <position>', see load/merge-involvements)
// and cut at $skip + $limit; a type filter is applied while reading (so a rare type reads
// further). Same order as read/events-page (date, then story id and position ascending,
// undated last); newest first re-reads the events of the last date of a full page. The
// total: the count store without filters, else the events in the date ranges of the type.
// Params: $ranges: [{lo: String, hi: String, undated: Boolean}] sortKey ranges [lo, hi), in
//                  list order (dated events, then undated ones),
//         $type: String|null, $asc: Boolean (false = newest first),
//         $countRanges: Boolean (false = no date filter), $skip: Integer, $limit: Integer
// Returns: totalCount, events [{id, date, endDate, type, summary, position, storyId}]
CALL () {
  UNWIND range(0, size($ranges) - 1) AS i
  CALL (i) {
    WITH $ranges[i] AS rg WHERE NOT $asc AND NOT rg.undated
    MATCH (ev:Event)
    WHERE ev.sortKey >= rg.lo AND ev.sortKey < rg.hi AND ($type IS NULL OR ev.type = $type)
    WITH ev ORDER BY ev.sortKey DESC LIMIT $skip + $limit
    RETURN ev
    UNION ALL
    WITH $ranges[i] AS rg WHERE $asc OR rg.undated
    MATCH (ev:Event)
    WHERE ev.sortKey >= rg.lo AND ev.sortKey < rg.hi AND ($type IS NULL OR ev.type = $type)
    WITH ev ORDER BY ev.sortKey ASC LIMIT $skip + $limit
    RETURN ev
  }
  WITH i, collect(ev) AS evs
  WITH i, evs,
       CASE WHEN NOT $asc AND NOT $ranges[i].undated AND size(evs) = $skip + $limit
         THEN reduce(m = evs[0].date, x IN evs | CASE WHEN x.date < m THEN x.date ELSE m END)
       END AS boundary
  CALL (boundary) {
    OPTIONAL MATCH (ev:Event)
    WHERE boundary IS NOT NULL AND ev.sortKey >= boundary + ' ' AND ev.sortKey < boundary + '!'
      AND ($type IS NULL OR ev.type = $type)
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
    MATCH (ev:Event)
    WHERE ev.sortKey >= rg.lo AND ev.sortKey < rg.hi AND ($type IS NULL OR ev.type = $type)
    RETURN count(ev) AS n
  }
  RETURN sum(n) AS counted
}
RETURN CASE
         WHEN $countRanges THEN counted
         WHEN $type IS NULL THEN COUNT { (:Event) }
         ELSE COUNT { (ev:Event) WHERE ev.type = $type }
       END AS totalCount, events;
