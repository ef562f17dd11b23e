-- Workspace settings (projection of WorkspaceSettingsChanged).
alter table workspaces add column max_token_lifetime_days integer not null default 90;
