// search(text:): full-text search over claim sentences, most relevant first.
// Params: $lucene: String (Lucene query built from the escaped words of the text),
//         $candidates: Integer (hits considered), $skip: Integer, $limit: Integer
// Returns: totalCount, results [{score, claim {id, text, kind, position, section, storyId}}]
CALL db.index.fulltext.queryNodes('claim_text', $lucene, {limit: $candidates}) YIELD node, score
MATCH (s:Story)-[:HAS_CLAIM]->(node)
WITH node, s, score
ORDER BY score DESC, s.id, node.position
WITH collect({score: score, claim: node {.id, .text, .kind, .position, .section, storyId: s.id}}) AS rows
RETURN size(rows) AS totalCount, rows[$skip..$skip + $limit] AS results;
