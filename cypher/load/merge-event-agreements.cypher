// Agreements an event concerns (signed, ratified, reaffirmed ...).
// Params: $rows: [{eventId, entityId}]   Returns: merged
UNWIND $rows AS row
MATCH (ev:Event {id: row.eventId})
MATCH (a:Entity {id: row.entityId})
MERGE (ev)-[:CONCERNS]->(a)
RETURN count(*) AS merged;
