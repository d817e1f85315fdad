// Entities named by alias lookup keys (events(involving:), entities(search:) exact tier).
// Params: $keys: [String]  (aliasKey() of the user's text, and fallbacks such as the
//         same key with leading titles stripped)
// Returns: key, entity {id, name, type, kind, aliases, count, topics}
UNWIND $keys AS key
MATCH (:Alias {key: key})-[:NAMES]->(e:Entity)
RETURN key, e {.id, .name, .type, .kind, .aliases, .count, .topics} AS entity
ORDER BY key, e.name, e.id;
