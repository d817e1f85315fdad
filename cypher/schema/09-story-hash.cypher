// Resumable ingest: skip a story whose content hash is already loaded
CREATE INDEX story_content_hash IF NOT EXISTS FOR (s:Story) ON (s.contentHash);
