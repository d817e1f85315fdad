// Links claims to the entities they mention, with surface forms and offsets in the claim's norm text.
// Params: $rows: [{claimId, entityId, surfaces, starts, ends}]   Returns: merged
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MATCH (e:Entity {id: row.entityId})
MERGE (c)-[m:MENTIONS]->(e)
SET m.surfaces = row.surfaces, m.starts = row.starts, m.ends = row.ends
RETURN count(*) AS merged;
