// A body of an organization named after it ("IOC Executive Board") is PART_OF it, with the
// claims that name it so (extract/organ-parents). Events of the body also involve the
// organization (load/merge-involvements), when the same story states the link.
// Params: $rows: [{organId, parentId, claimIds: [String]}] (one row per link)   Returns: merged
UNWIND $rows AS row
MATCH (o:Entity {id: row.organId})
MATCH (p:Entity {id: row.parentId})
MERGE (o)-[r:PART_OF]->(p)
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
