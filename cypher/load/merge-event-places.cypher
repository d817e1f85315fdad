// Where an event took place.
// Params: $rows: [{eventId, entityId}]   Returns: merged
UNWIND $rows AS row
MATCH (ev:Event {id: row.eventId})
MATCH (p:Entity {id: row.entityId})
MERGE (ev)-[:TOOK_PLACE_IN]->(p)
RETURN count(*) AS merged;
