// Parties to an agreement.
// Params: $rows: [{agreementId, partyId}]   Returns: merged
UNWIND $rows AS row
MATCH (a:Entity {id: row.agreementId})
MATCH (p:Entity {id: row.partyId})
MERGE (p)-[:PARTY_TO]->(a)
RETURN count(*) AS merged;
