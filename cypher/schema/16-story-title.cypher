// stories(): stories by title read in index order and cut at skip + limit
CREATE RANGE INDEX story_title IF NOT EXISTS FOR (s:Story) ON (s.title);
