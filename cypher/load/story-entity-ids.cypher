// Entities a story touches (mentions, outlets, event links): candidates for pruning.
// Params: $storyIds: [String]   Returns: entityId
UNWIND $storyIds AS storyId
MATCH (s:Story {id: storyId})
CALL (s) {
  MATCH (s)-[:HAS_CLAIM]->(:Claim)-[:MENTIONS]->(e:Entity) RETURN e
  UNION
  MATCH (s)-[:HAS_SOURCE]->(:Source)-[:PUBLISHED_BY]->(e:Entity) RETURN e
  UNION
  MATCH (s)-[:HAS_EVENT]->(:Event)-[:TOOK_PLACE_IN|CONCERNS]->(e:Entity) RETURN e
  UNION
  MATCH (s)-[:HAS_EVENT]->(:Event)<-[:PARTICIPATED_IN]-(e:Entity) RETURN e
  UNION
  MATCH (s)-[:FEATURES]->(e:Entity) RETURN e
}
RETURN DISTINCT e.id AS entityId;
