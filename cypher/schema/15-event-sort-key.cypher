// events() without an entity filter: all events in index order, cut at skip + limit.
// Key: '<date> <storyId> <position, 6 digits>' (set by load/merge-involvements).
CREATE RANGE INDEX event_sort_key IF NOT EXISTS FOR (e:Event) ON (e.sortKey);
