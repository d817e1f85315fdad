// events(involving:, type:): the same, one range per (entity, event type).
// Key: '<entityId> <type> <date> <storyId> <position, 6 digits>'.
CREATE RANGE INDEX involves_type_key IF NOT EXISTS FOR ()-[r:INVOLVES]-() ON (r.typeKey);
