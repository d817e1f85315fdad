// Date range filters and newest-first ordering of events
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
