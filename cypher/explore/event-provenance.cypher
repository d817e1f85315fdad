// One event with everything that backs it: participants, places, agreements, the claims
// that support it and the sources (and outlets) those claims cite.
// In Neo4j Browser:  :param eventId => 'lee-and-xi-sign-14-mous-push-joint-korean-peninsula-peace-measures-amid-regional-tensions#e3'
// Params: $eventId: String   Returns: ev, linked, claims, sources, outlets
MATCH (ev:Event {id: $eventId})
OPTIONAL MATCH (ev)-[link:TOOK_PLACE_IN|CONCERNS]-(x)
OPTIONAL MATCH (who:Entity)-[:PARTICIPATED_IN]->(ev)
OPTIONAL MATCH (c:Claim)-[:SUPPORTS]->(ev)
OPTIONAL MATCH (c)-[:CITES]->(s:Source)-[:PUBLISHED_BY]->(o:Organization)
RETURN ev, collect(DISTINCT who) + collect(DISTINCT x) AS linked, collect(DISTINCT c) AS claims,
       collect(DISTINCT s) AS sources, collect(DISTINCT o) AS outlets;
