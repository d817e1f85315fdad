// Creates or updates stories.
// Params: $rows: [{id, contentHash, format, title, articleCount, publishedAt, url, headlines}]
// Returns: created (stories new to the graph)
UNWIND $rows AS row
MERGE (s:Story {id: row.id})
ON CREATE SET s._new = true
SET s.contentHash = row.contentHash, s.format = row.format, s.title = row.title,
    s.articleCount = toInteger(row.articleCount), s.publishedAt = row.publishedAt, s.url = row.url,
    s.headlines = row.headlines
WITH s, coalesce(s._new, false) AS created
REMOVE s._new
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created;
