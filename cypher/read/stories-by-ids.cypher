// Stories by id (DataLoader batch).
// Params: $ids: [String]
// Returns: story {id, title, articleCount, format, publishedAt, url, headlines}
UNWIND $ids AS id
MATCH (s:Story {id: id})
RETURN s {.id, .title, .articleCount, .format, .publishedAt, .url, .headlines} AS story;
