// How many stories the graph holds (progress checks in tests and scripts).
// Params: none   Returns: stories
MATCH (s:Story)
RETURN count(s) AS stories;
