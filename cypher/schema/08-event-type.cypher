// events(type:) filter
CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type);
