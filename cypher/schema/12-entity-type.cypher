// entities(types:) and type-scoped scans
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
