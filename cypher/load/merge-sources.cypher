// Creates sources, links them to their story and to the outlet organization.
// Params: $rows: [{storyId, id, number, outlet, title, description, url, outletEntityId}]
// Returns: merged
UNWIND $rows AS row
MATCH (s:Story {id: row.storyId})
MATCH (o:Entity {id: row.outletEntityId})
MERGE (src:Source {id: row.id})
SET src.number = toInteger(row.number), src.outlet = row.outlet, src.title = row.title,
    src.description = row.description, src.url = row.url
MERGE (s)-[:HAS_SOURCE]->(src)
MERGE (src)-[:PUBLISHED_BY]->(o)
RETURN count(*) AS merged;
