// Events involving a person (or any entity), by name or alias, newest first, with the
// claims that support each event and the sources they cite. Draws as a graph in Browser.
// In Neo4j Browser:  :param name => 'Lee'
// Params: $name: String (any alias: "Lee", "Lee Jae Myung", "South Korea")
// Returns: path (entity -> event <- claim -> source)
MATCH (a:Alias)-[:NAMES]->(e:Entity)
WHERE a.key = toLower(trim($name))
MATCH path = (e)-[:PARTICIPATED_IN]->(ev:Event)<-[:SUPPORTS]-(c:Claim)-[:CITES]->(s:Source)
RETURN path
ORDER BY ev.date DESC
LIMIT 200;
