// One page of stories by title, with the total count.
// Params: $skip: Integer, $limit: Integer
// Returns: totalCount, stories [{id, title, articleCount, format, publishedAt, url, headlines}]
MATCH (s:Story)
WITH s ORDER BY s.title, s.id
WITH collect(s {.id, .title, .articleCount, .format, .publishedAt, .url, .headlines}) AS rows
RETURN size(rows) AS totalCount, rows[$skip..$skip + $limit] AS stories;
