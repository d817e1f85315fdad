// The claims of a story cited by the most distinct sources and outlets.
// In Neo4j Browser:  :param storyId => 'nato-clears-path-for-sweden-and-tells-ukraine-its-future-lies-in-the-alliance-at-vilnius-summit'
// Params: $storyId: String   Returns: claim, kind, sources, outlets
MATCH (:Story {id: $storyId})-[:HAS_CLAIM]->(c:Claim)
OPTIONAL MATCH (c)-[:CITES]->(s:Source)
WITH c, count(DISTINCT s) AS sources, count(DISTINCT s.outlet) AS outlets
RETURN c.text AS claim, c.kind AS kind, sources, outlets
ORDER BY sources DESC, outlets DESC, c.position
LIMIT 50;
