// entities(search:): exact alias-key hits and full-text hits on names and aliases, ranked
// NAME (the name itself, up to case and punctuation), then ALIAS, then FUZZY, then score.
// Params: $key: String (aliasKey() of the search text), $lucene: String (Lucene query built
//         from the escaped words of the text), $candidates: Integer (full-text hits considered),
//         $types: [String]|null (EntityType values), $skip: Integer, $limit: Integer
// Returns: totalCount, results [{match, score, entity {id, name, type, kind, aliases, count, topics}}]
CALL () {
  MATCH (:Alias {key: $key})-[:NAMES]->(e:Entity)
  RETURN e, null AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $candidates}) YIELD node, score
  WITH node AS e, score
  WHERE e:Entity
  RETURN e, score
}
WITH e, max(score) AS score
WHERE $types IS NULL OR e.type IN $types
WITH e, coalesce(score, 0.0) AS score,
     EXISTS { (:Alias {key: $key})-[:NAMES]->(e) } AS aliasHit,
     [w IN split(reduce(t = toLower(e.name), ch IN ['-', '.', ',', "'", '’', '(', ')', '"', '/', '&', ':', ';'] | replace(t, ch, ' ')), ' ') WHERE w <> ''] AS nameWords
WITH e, score,
     CASE WHEN nameWords = split($key, ' ') THEN 'NAME' WHEN aliasHit THEN 'ALIAS' ELSE 'FUZZY' END AS match
ORDER BY CASE match WHEN 'NAME' THEN 0 WHEN 'ALIAS' THEN 1 ELSE 2 END, score DESC, e.name, e.id
WITH collect({match: match, score: score, entity: e {.id, .name, .type, .kind, .aliases, .count, .topics}}) AS rows
RETURN size(rows) AS totalCount, rows[$skip..$skip + $limit] AS results;
