// Materializes which entities each event of the given stories involves, as
// (:Event)-[:INVOLVES {key, typeKey}]->(:Entity), plus the event's own sortKey, so reads
// page through an entity's events by index range instead of collecting them all.
// An event involves: its participants (PARTICIPATED_IN), its places (TOOK_PLACE_IN), the
// agreements it concerns (CONCERNS), and the country/organization a participant holds an
// office of (HOLDS_ROLE) when THE SAME STORY states that role (a claim id of this story in
// the role's claimIds), and the organization a participating body is PART_OF on the same
// terms (load/merge-part-of) — story-local, so a story's involvements depend on that story only:
// deleting or rewriting another story never leaves one stale.
// The load stage writes the same relationships itself (create-events, from its rows: keep the two
// in step; load-graphs.int.test.ts checks they agree). This statement derives them from the graph,
// for graphs loaded before INVOLVES existed (bench/backfill-involvements.ts). Idempotent:
// it recomputes the set and drops involvements no longer justified.
// Keys (space-separated; ids, dates and event types contain no spaces, and ' ' sorts
// below every character they use, so key order = (entity, date, story id, position)):
//   sortKey = '<date> <storyId> <position, 6 digits>' (date '' when unknown)
//   key     = '<entityId> ' + sortKey
//   typeKey = '<entityId> <type> ' + sortKey
// Params: $storyIds: [String]   Returns: merged (involvements written)
UNWIND $storyIds AS storyId
MATCH (s:Story {id: storyId})-[:HAS_EVENT]->(ev:Event)
SET ev.sortKey = coalesce(ev.date, '') + ' ' + s.id + ' ' + right('00000' + toString(coalesce(ev.position, 0)), 6)
WITH s, ev
CALL (s, ev) {
  OPTIONAL MATCH (ev)<-[:PARTICIPATED_IN]-(:Person)-[r:HOLDS_ROLE]->(o:Entity)
  WHERE any(id IN r.claimIds WHERE id STARTS WITH s.id + '#')
  WITH collect(o) AS offices
  OPTIONAL MATCH (ev)<-[:PARTICIPATED_IN]-(:Organization)-[r:PART_OF]->(o:Entity)
  WHERE any(id IN r.claimIds WHERE id STARTS WITH s.id + '#')
  WITH offices, collect(o) AS parents
  RETURN COLLECT {
    MATCH (x:Entity)-[:PARTICIPATED_IN]->(ev) RETURN x
    UNION
    MATCH (ev)-[:TOOK_PLACE_IN|CONCERNS]->(x:Entity) RETURN x
    UNION
    UNWIND offices AS x RETURN x
    UNION
    UNWIND parents AS x RETURN x
  } AS involved
}
CALL (ev, involved) {
  OPTIONAL MATCH (ev)-[old:INVOLVES]->(y)
  WHERE NOT y IN involved
  DELETE old
}
UNWIND involved AS x
MERGE (ev)-[i:INVOLVES]->(x)
SET i.key = x.id + ' ' + ev.sortKey,
    i.typeKey = x.id + ' ' + coalesce(ev.type, '') + ' ' + ev.sortKey
RETURN count(*) AS merged;
