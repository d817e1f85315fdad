// A person holds a role (title) of a country or organization, with the claims that say so.
// Params: $rows: [{personId, title, ofId, claimId}]   Returns: merged
UNWIND $rows AS row
MATCH (p:Entity {id: row.personId})
MATCH (o:Entity {id: row.ofId})
MERGE (p)-[r:HOLDS_ROLE {title: row.title}]->(o)
SET r.claimIds = CASE WHEN row.claimId IN coalesce(r.claimIds, []) THEN r.claimIds ELSE coalesce(r.claimIds, []) + row.claimId END
RETURN count(*) AS merged;
