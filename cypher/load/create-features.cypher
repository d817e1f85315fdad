// Which entities a story features, with the aliases and lookup keys it gave them (so that
// deleting the story can take them back: refresh-aliases). CREATE: see create-claims.
// Params: $rows: [{storyId, entityId, aliases, aliasKeys}]   Returns: created
UNWIND $rows AS row
MATCH (s:Story {id: row.storyId})
MATCH (e:Entity {id: row.entityId})
CREATE (s)-[:FEATURES {aliases: row.aliases, aliasKeys: row.aliasKeys}]->(e)
RETURN count(*) AS created;
