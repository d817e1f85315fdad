// Which of these stories are already loaded, and with which content hash.
// Params: $ids: [String]   Returns: id, contentHash
UNWIND $ids AS id
MATCH (s:Story {id: id})
RETURN s.id AS id, s.contentHash AS contentHash;
