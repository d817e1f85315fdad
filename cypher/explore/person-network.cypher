// A person's two-hop network: who took part in the same events as the person, and who took
// part in events with those, with the events on the edges.
// In Neo4j Browser:  :param name => 'Xi Jinping'
// Params: $name: String (any alias)   Returns: hop1, hop2 (paths)
MATCH (a:Alias)-[:NAMES]->(p:Person)
WHERE a.key = toLower(trim($name))
MATCH hop1 = (p)-[:PARTICIPATED_IN]->(:Event)<-[:PARTICIPATED_IN]-(q:Entity)
WHERE q <> p
OPTIONAL MATCH hop2 = (q)-[:PARTICIPATED_IN]->(:Event)<-[:PARTICIPATED_IN]-(r:Entity)
WHERE r <> p AND r <> q
RETURN hop1, hop2
LIMIT 300;
