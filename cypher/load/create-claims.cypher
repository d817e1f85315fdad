// A story's claims with the sources they CITE and the entities they MENTION (character offsets
// into c.norm). CREATE, not MERGE: the loader holds the story's lock (lock-stories) and its old
// content is gone (delete-story-content). A cited number with no source is skipped.
// Params: $rows: [{storyId, id, kind, text, norm, position, section, sourceIds: [String],
//                  mentions: [{entityId, surfaces, starts, ends}]}]
// Returns: created
UNWIND $rows AS row
MATCH (s:Story {id: row.storyId})
CREATE (s)-[:HAS_CLAIM]->(c:Claim {id: row.id})
SET c.kind = row.kind, c.text = row.text, c.norm = row.norm, c.position = toInteger(row.position),
    c.section = toInteger(row.section)
WITH c, row
CALL (c, row) {
  UNWIND row.sourceIds AS sourceId
  MATCH (src:Source {id: sourceId})
  CREATE (c)-[:CITES]->(src)
}
CALL (c, row) {
  UNWIND row.mentions AS m
  MATCH (e:Entity {id: m.entityId})
  CREATE (c)-[:MENTIONS {surfaces: m.surfaces, starts: m.starts, ends: m.ends}]->(e)
}
RETURN count(*) AS created;
