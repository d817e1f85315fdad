// A person holds a role (title) of a country or organization, with the claims that say so.
// Params: $rows: [{personId, title, ofId, claimIds: [String]}] (one row per role)   Returns: merged
UNWIND $rows AS row
MATCH (p:Entity {id: row.personId})
MATCH (o:Entity {id: row.ofId})
MERGE (p)-[r:HOLDS_ROLE {title: row.title}]->(o)
// Lock before reading claimIds, so concurrent writers do not lose each other's ids.
SET r._lock = true
WITH r, row
CALL (r, row) {
  UNWIND coalesce(r.claimIds, []) + row.claimIds AS id
  WITH DISTINCT id ORDER BY id
  RETURN collect(id) AS claimIds
}
SET r.claimIds = claimIds
REMOVE r._lock
RETURN count(*) AS merged;
