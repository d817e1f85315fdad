// Every agreement with its parties, topics, count, and the events that concern it.
// Params: none   Returns: agreement, count, topics, parties, events
MATCH (a:Agreement)
OPTIONAL MATCH (p:Entity)-[:PARTY_TO]->(a)
OPTIONAL MATCH (ev:Event)-[:CONCERNS]->(a)
RETURN a.name AS agreement, a.count AS count, a.topics AS topics,
       collect(DISTINCT p.name) AS parties,
       collect(DISTINCT ev.date + ' ' + ev.type) AS events
ORDER BY agreement;
