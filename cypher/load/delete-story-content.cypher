// Removes what a story owns (its claims, sources and events) before it is rewritten
// or deleted; entities are shared across stories and are pruned by prune-orphans.
// Params: $storyIds: [String]   Returns: deleted (count of nodes removed)
UNWIND $storyIds AS storyId
MATCH (s:Story {id: storyId})
OPTIONAL MATCH (s)-[:HAS_CLAIM|HAS_SOURCE|HAS_EVENT]->(owned)
WITH s, collect(owned) AS owned
// Role provenance lists name claims of this story: drop those ids.
CALL (s) {
  MATCH (s)-[:HAS_CLAIM]->(:Claim)-[:MENTIONS]->(:Person)-[r:HOLDS_ROLE]->()
  WITH DISTINCT r, s
  WHERE any(id IN r.claimIds WHERE id STARTS WITH s.id + '#')
  SET r.claimIds = [id IN r.claimIds WHERE NOT id STARTS WITH s.id + '#']
  WITH r WHERE size(r.claimIds) = 0
  DELETE r
}
// Part-of provenance likewise (the body is mentioned by a claim of this story).
CALL (s) {
  MATCH (s)-[:HAS_CLAIM]->(:Claim)-[:MENTIONS]->(:Organization)-[r:PART_OF]->()
  WITH DISTINCT r, s
  WHERE any(id IN r.claimIds WHERE id STARTS WITH s.id + '#')
  SET r.claimIds = [id IN r.claimIds WHERE NOT id STARTS WITH s.id + '#']
  WITH r WHERE size(r.claimIds) = 0
  DELETE r
}
// Alias provenance of this story goes too (refresh-aliases recomputes the entities).
CALL (s) {
  MATCH (s)-[f:FEATURES]->()
  DELETE f
}
FOREACH (n IN owned | DETACH DELETE n)
RETURN sum(size(owned)) AS deleted;
