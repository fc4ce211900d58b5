-- The auditor's search by user ("what did this login change?") pages newest first by id: an index on
-- (actor, id) answers each page from the index instead of scanning the whole trail.
CREATE INDEX ix_event_actor_id ON audit.event (actor, id);
