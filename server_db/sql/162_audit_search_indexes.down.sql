DROP INDEX audit.ix_event_actor_id;
