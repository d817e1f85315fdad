// Uniqueness of entities of every type (backs MERGE (:Entity {id}))
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
