// Uniqueness of sources (backs MERGE (:Source {id}))
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
