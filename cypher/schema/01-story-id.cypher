// Uniqueness of stories (backs MERGE (:Story {id}))
CREATE CONSTRAINT story_id IF NOT EXISTS FOR (s:Story) REQUIRE s.id IS UNIQUE;
