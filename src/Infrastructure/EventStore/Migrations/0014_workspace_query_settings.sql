-- Workspace query defaults and the longest cache TTL (projection of WorkspaceQuerySettingsChanged); null: the host's.
alter table workspaces add column query_timeout_seconds integer null;
alter table workspaces add column query_max_rows        integer null;
alter table workspaces add column cache_max_ttl_seconds integer null;
