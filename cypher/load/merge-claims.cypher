// Creates claims (summary sentences, timeline entries, article sentences) and their citations.
// Params: $rows: [{storyId, id, kind, text, norm, position, section, sourceNumbers}]
// Returns: merged
UNWIND $rows AS row
MATCH (s:Story {id: row.storyId})
MERGE (c:Claim {id: row.id})
SET c.kind = row.kind, c.text = row.text, c.norm = row.norm, c.position = toInteger(row.position), c.section = toInteger(row.section)
MERGE (s)-[:HAS_CLAIM]->(c)
WITH c, row
CALL (c, row) {
  UNWIND row.sourceNumbers AS n
  MATCH (src:Source {id: row.storyId + '#s' + toString(toInteger(n))})
  MERGE (c)-[:CITES]->(src)
}
RETURN count(*) AS merged;
