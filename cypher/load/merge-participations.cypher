// Entity took part in event, with its role (participant, host, speaker, signatory ...).
// Params: $rows: [{entityId, eventId, role}]   Returns: merged
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MATCH (ev:Event {id: row.eventId})
MERGE (e)-[p:PARTICIPATED_IN]->(ev)
SET p.role = row.role
RETURN count(*) AS merged;
