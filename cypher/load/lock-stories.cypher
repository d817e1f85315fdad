// Takes each story's write lock, then reads the content hash it had: the loader holding the
// lock sees the committed state, so two loaders of one story never both write its content.
// Stories to rewrite (new, changed, or $force) get their properties set here.
// Params: $rows: [StoryRow] sorted by id (a fixed lock order: concurrent batches do not deadlock),
//         $force: Boolean
// Returns: id, created, previousHash, rewrite
UNWIND $rows AS row
MERGE (s:Story {id: row.id})
ON CREATE SET s._new = true
SET s._lock = true
WITH s, row, coalesce(s._new, false) AS created, s.contentHash AS previousHash
REMOVE s._new, s._lock
WITH s, row, created, previousHash,
     created OR previousHash IS NULL OR previousHash <> row.contentHash OR $force AS rewrite
FOREACH (_ IN CASE WHEN rewrite THEN [1] ELSE [] END |
  SET s.contentHash = row.contentHash, s.format = row.format, s.title = row.title,
      s.articleCount = toInteger(row.articleCount), s.publishedAt = row.publishedAt, s.url = row.url,
      s.headlines = row.headlines)
RETURN row.id AS id, created, previousHash, rewrite;
