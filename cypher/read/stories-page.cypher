// One page of stories by title, with the total count. Read in the Story.title index order
// and cut at $skip + $limit (ties on title by id); the total comes from the count store.
// Params: $skip: Integer, $limit: Integer
// Returns: totalCount, stories [{id, title, articleCount, format, publishedAt, url, headlines}]
CALL () {
  MATCH (s:Story)
  WHERE s.title IS NOT NULL
  WITH s ORDER BY s.title, s.id SKIP $skip LIMIT $limit
  RETURN collect(s {.id, .title, .articleCount, .format, .publishedAt, .url, .headlines}) AS stories
}
RETURN COUNT { (:Story) } AS totalCount, stories;
