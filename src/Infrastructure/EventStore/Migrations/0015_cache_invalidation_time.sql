-- When a connection's cache was last emptied: a run that started before it does not store its (older) result.
alter table cache_policies add column invalidated_at timestamptz null;
