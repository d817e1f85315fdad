// A page of the events each entity is involved in (INVOLVES: the same definition as
// events(involving:), see load/merge-involvements), with the total per entity (DataLoader
// batch). Each page is read from the INVOLVES key index in order and cut at $skip + $limit,
// the total is the entity's INVOLVES degree: the cost does not grow with its events.
// Order: by date (newest or oldest first), then story id and timeline position ascending;
// undated events last. Newest first re-reads the events of the last date of a full page
// (see read/events-page-involving).
// Params: $ids: [String] (entity ids), $asc: Boolean (false = newest first),
//         $skip: Integer, $limit: Integer
// Returns: entityId, totalCount, events [{id, date, endDate, type, summary, position, storyId}]
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  // Key ranges: dated events ('<id> <date> …'), then undated ones ('<id>  <story> …').
  UNWIND [{i: 0, lo: e.id + ' !', hi: e.id + '!', undated: false}, {i: 1, lo: e.id + '  ', hi: e.id + ' !', undated: true}] AS rg
  CALL (rg) {
    WITH rg WHERE NOT $asc AND NOT rg.undated
    MATCH (ev:Event)-[r:INVOLVES]->()
    WHERE r.key >= rg.lo AND r.key < rg.hi
    WITH ev ORDER BY r.key DESC LIMIT $skip + $limit
    RETURN ev
    UNION ALL
    WITH rg WHERE $asc OR rg.undated
    MATCH (ev:Event)-[r:INVOLVES]->()
    WHERE r.key >= rg.lo AND r.key < rg.hi
    WITH ev ORDER BY r.key ASC LIMIT $skip + $limit
    RETURN ev
  }
  WITH rg, collect(ev) AS evs
  WITH rg, evs,
       CASE WHEN NOT $asc AND NOT rg.undated AND size(evs) = $skip + $limit
         THEN reduce(m = evs[0].date, x IN evs | CASE WHEN x.date < m THEN x.date ELSE m END)
       END AS boundary
  CALL (e, boundary) {
    OPTIONAL MATCH (ev:Event)-[r:INVOLVES]->()
    WHERE boundary IS NOT NULL AND r.key >= e.id + ' ' + boundary + ' ' AND r.key < e.id + ' ' + boundary + '!'
    RETURN collect(ev) AS tied
  }
  UNWIND evs + tied AS ev
  WITH DISTINCT rg.i AS i, ev
  MATCH (s:Story)-[:HAS_EVENT]->(ev)
  WITH i, ev, s
  ORDER BY i, CASE WHEN $asc THEN ev.date END ASC, CASE WHEN NOT $asc THEN ev.date END DESC, s.id, ev.position
  SKIP $skip LIMIT $limit
  RETURN collect(ev {.id, .date, .endDate, .type, .summary, .position, storyId: s.id}) AS events
}
RETURN e.id AS entityId, COUNT { (e)<-[:INVOLVES]-() } AS totalCount, events;
