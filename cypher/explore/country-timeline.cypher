// A country's timeline: every event it took part in (or whose participants hold a role of it,
// or that took place in it), oldest first, with the story it comes from.
// In Neo4j Browser:  :param country => 'Japan'
// Params: $country: String (name, short form or demonym: 'Japan', 'US', 'Japanese')
// Returns: date, endDate, type, summary, how, story
MATCH (:Alias {key: toLower(trim($country))})-[:NAMES]->(c:Country)
CALL (c) {
  MATCH (c)-[:PARTICIPATED_IN]->(ev:Event) RETURN ev, 'participant' AS how
  UNION
  MATCH (c)<-[:HOLDS_ROLE]-(:Person)-[:PARTICIPATED_IN]->(ev:Event) RETURN ev, 'through its leaders' AS how
  UNION
  MATCH (ev:Event)-[:TOOK_PLACE_IN]->(c) RETURN ev, 'place' AS how
}
MATCH (s:Story)-[:HAS_EVENT]->(ev)
RETURN ev.date AS date, ev.endDate AS endDate, ev.type AS type, ev.summary AS summary, collect(DISTINCT how) AS how, s.title AS story
ORDER BY date, story;
