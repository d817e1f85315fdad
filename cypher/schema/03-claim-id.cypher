// Uniqueness of claims (backs MERGE (:Claim {id}))
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
