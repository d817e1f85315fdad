// Uniqueness of events (backs MERGE (:Event {id}))
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
