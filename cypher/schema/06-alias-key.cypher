// Uniqueness of alias lookup keys (backs MERGE (:Alias {key}); events(involving:) starts here)
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (a:Alias) REQUIRE a.key IS UNIQUE;
