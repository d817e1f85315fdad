// events(involving:) / Entity.events / timeline / relations: one index range per entity,
// read in index order (newest or oldest first) and cut at skip + limit, whatever the
// entity's number of events. Key: '<entityId> <date> <storyId> <position, 6 digits>'.
CREATE RANGE INDEX involves_key IF NOT EXISTS FOR ()-[r:INVOLVES]-() ON (r.key);
