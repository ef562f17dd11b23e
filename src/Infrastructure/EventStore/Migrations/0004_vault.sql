-- Vault: connection projection, data-access grants, workspace keys (wrapped), sealed secrets, key rotations.
create table connections (
    connection_id           uuid        primary key,
    workspace_id            uuid        not null references workspaces (workspace_id),
    name                    text        not null,
    engine                  text        not null,
    host                    text        null,
    port                    integer     null,
    database                text        null,
    username                text        null,
    ssl_mode                text        null,
    has_password            boolean     not null,
    fingerprint             text        null,
    credentials_rotated_at  timestamptz null,
    created_at              timestamptz not null,
    deleted_at              timestamptz null
);
create index connections_workspace on connections (workspace_id, lower(name)) where deleted_at is null;

create table connection_grants (
    workspace_id   uuid        not null,
    connection_id  uuid        not null,
    user_id        uuid        not null references users (user_id),
    granted_at     timestamptz not null,
    granted_by     uuid        not null,
    primary key (connection_id, user_id)
);
create index connection_grants_user on connection_grants (workspace_id, user_id);

-- Each version of a workspace key, wrapped by the key provider. Deleting the rows is crypto-shredding.
create table workspace_keys (
    workspace_id  uuid        not null,
    version       integer     not null,
    provider      text        not null,
    key_id        text        not null,
    wrapped_key   bytea       not null,
    created_at    timestamptz not null default now(),
    primary key (workspace_id, version)
);

-- Sealed secrets: the envelope (data key wrapped by the workspace key, nonce, ciphertext, tag), re-wrapped on rotation.
create table vault_secrets (
    secret_id    uuid        primary key,
    workspace_id uuid        not null,
    purpose      text        not null,
    record_id    uuid        not null,
    key_version  integer     not null,
    envelope     jsonb       not null,
    created_at   timestamptz not null
);
create index vault_secrets_workspace_version on vault_secrets (workspace_id, key_version);

create table workspace_key_state (
    workspace_id  uuid        primary key,
    provider      text        not null,
    key_id        text        not null,
    version       integer     not null,
    created_at    timestamptz not null,
    destroyed     boolean     not null default false
);

create table key_rotations (
    rotation_id   uuid        primary key,
    workspace_id  uuid        not null,
    status        text        not null,
    from_version  integer     not null,
    to_version    integer     not null,
    total         bigint      not null default 0,
    done          bigint      not null default 0,
    started_at    timestamptz not null,
    finished_at   timestamptz null,
    error         text        null
);
create index key_rotations_workspace on key_rotations (workspace_id, started_at desc);
