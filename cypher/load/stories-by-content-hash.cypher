// Resumable bulk ingest: which of these content hashes are already in the graph
// (backed by the story_content_hash index), so those stories skip extraction entirely.
// Params: $hashes: [String]   Returns: contentHash
UNWIND $hashes AS hash
MATCH (s:Story {contentHash: hash})
RETURN DISTINCT s.contentHash AS contentHash;
