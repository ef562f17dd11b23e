-- Projects: the projection of project events (sharing, attached connections, ordered SQL blocks).
create table projects (
    project_id      uuid        primary key,
    workspace_id    uuid        not null references workspaces (workspace_id),
    name            text        not null,
    default_access  text        not null,
    created_at      timestamptz not null,
    deleted_at      timestamptz null
);
create index projects_workspace on projects (workspace_id) where deleted_at is null;

create table project_shares (
    project_id  uuid  not null references projects (project_id),
    user_id     uuid  not null references users (user_id),
    access      text  not null,
    primary key (project_id, user_id)
);
create index project_shares_user on project_shares (user_id);

create table project_connections (
    project_id     uuid  not null references projects (project_id),
    connection_id  uuid  not null,
    primary key (project_id, connection_id)
);

create table project_blocks (
    block_id       uuid     primary key,
    project_id     uuid     not null references projects (project_id),
    connection_id  uuid     not null,
    sql            text     not null,
    position       integer  not null
);
create index project_blocks_project on project_blocks (project_id, position);
