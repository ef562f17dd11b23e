-- Projections of workspace events.
create table workspaces (
    workspace_id  uuid        primary key,
    name          text        not null,
    created_at    timestamptz not null
);

create table workspace_members (
    workspace_id  uuid        not null references workspaces (workspace_id),
    user_id       uuid        not null references users (user_id),
    role          text        not null,
    joined_at     timestamptz not null,
    primary key (workspace_id, user_id)
);
create index workspace_members_user on workspace_members (user_id);
