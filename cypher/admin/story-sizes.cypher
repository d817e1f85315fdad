// What each story owns, to tell a complete story from a half-written one after a crash.
// Params: none
// Returns: id, contentHash, claims, sources, events, mentions (rows ordered by id)
MATCH (s:Story)
RETURN s.id AS id, s.contentHash AS contentHash,
       COUNT { (s)-[:HAS_CLAIM]->(:Claim) } AS claims,
       COUNT { (s)-[:HAS_SOURCE]->(:Source) } AS sources,
       COUNT { (s)-[:HAS_EVENT]->(:Event) } AS events,
       COUNT { (s)-[:HAS_CLAIM]->(:Claim)-[:MENTIONS]->(:Entity) } AS mentions
ORDER BY id;
