// Graph invariants the load stage must keep, each as a count that must be 0:
// duplicate entity ids, global entities sharing type + name (story-scoped entities such as
// generic agreements, id `agreement:<story>:<slug>`, are distinct by design), claims/sources/events without
// their story, entities nothing supports (no mention, outlet, event link), alias keys
// naming nothing, and holds-role links without provenance.
// Params: none
// Returns: duplicateEntityIds, duplicateEntityNames, orphanClaims, orphanSources,
//          orphanEvents, unsupportedEntities, danglingAliases, rolesWithoutClaims
CALL () {
  MATCH (e:Entity)
  WITH e.id AS id, count(*) AS n WHERE n > 1
  RETURN count(*) AS duplicateEntityIds
}
CALL () {
  MATCH (e:Entity) WHERE size(split(e.id, ':')) = 2
  WITH e.type AS type, e.name AS name, count(*) AS n WHERE n > 1
  RETURN count(*) AS duplicateEntityNames
}
CALL () {
  MATCH (c:Claim) WHERE NOT EXISTS { (:Story)-[:HAS_CLAIM]->(c) }
  RETURN count(c) AS orphanClaims
}
CALL () {
  MATCH (s:Source) WHERE NOT EXISTS { (:Story)-[:HAS_SOURCE]->(s) }
  RETURN count(s) AS orphanSources
}
CALL () {
  MATCH (v:Event) WHERE NOT EXISTS { (:Story)-[:HAS_EVENT]->(v) }
  RETURN count(v) AS orphanEvents
}
CALL () {
  MATCH (e:Entity)
  WHERE NOT EXISTS { (:Claim)-[:MENTIONS]->(e) }
    AND NOT EXISTS { (:Source)-[:PUBLISHED_BY]->(e) }
    AND NOT EXISTS { (e)-[:PARTICIPATED_IN]->(:Event) }
    AND NOT EXISTS { (:Event)-[:TOOK_PLACE_IN|CONCERNS]->(e) }
  RETURN count(e) AS unsupportedEntities
}
CALL () {
  MATCH (a:Alias) WHERE NOT EXISTS { (a)-[:NAMES]->(:Entity) }
  RETURN count(a) AS danglingAliases
}
CALL () {
  MATCH ()-[r:HOLDS_ROLE]->() WHERE size(coalesce(r.claimIds, [])) = 0
  RETURN count(r) AS rolesWithoutClaims
}
RETURN duplicateEntityIds, duplicateEntityNames, orphanClaims, orphanSources, orphanEvents,
       unsupportedEntities, danglingAliases, rolesWithoutClaims;
