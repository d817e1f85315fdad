// A story's sources, each PUBLISHED_BY its outlet. CREATE, not MERGE: the loader holds the
// story's lock (lock-stories) and its old content is gone (delete-story-content).
// Params: $rows: [{storyId, id, number, outlet, title, description, url, outletEntityId}]
// Returns: created
UNWIND $rows AS row
MATCH (s:Story {id: row.storyId})
MATCH (o:Entity {id: row.outletEntityId})
CREATE (s)-[:HAS_SOURCE]->(src:Source {id: row.id})-[:PUBLISHED_BY]->(o)
SET src.number = toInteger(row.number), src.outlet = row.outlet, src.title = row.title,
    src.description = row.description, src.url = row.url
RETURN count(*) AS created;
