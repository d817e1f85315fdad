// Removes the story node itself (after delete-story-content).
// Params: $storyIds: [String]   Returns: deleted
UNWIND $storyIds AS storyId
MATCH (s:Story {id: storyId})
DETACH DELETE s
RETURN count(*) AS deleted;
