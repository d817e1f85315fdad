// Which names each story gave each entity: the provenance of aliases, so that removing a
// story can take back the aliases and lookup keys only it contributed (refresh-aliases).
// Params: $rows: [{storyId, entityId, aliases, aliasKeys}]   Returns: merged
UNWIND $rows AS row
MATCH (s:Story {id: row.storyId})
MATCH (e:Entity {id: row.entityId})
MERGE (s)-[f:FEATURES]->(e)
SET f.aliases = row.aliases, f.aliasKeys = row.aliasKeys
RETURN count(*) AS merged;
