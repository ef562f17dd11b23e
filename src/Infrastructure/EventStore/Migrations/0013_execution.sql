-- Execution and caching: recorded runs (projection of QueryExecuted/QueryFailed/QueryCancelled), per-connection
-- guardrails, cache policies, the project "use cache" switch and the encrypted result cache.
create table executions (
    execution_id   uuid              primary key,
    workspace_id   uuid              not null,
    project_id     uuid              not null,
    block_id       uuid              null,
    connection_id  uuid              not null,
    actor_id       uuid              not null,
    status         text              not null,
    row_count      bigint            not null default 0,
    bytes          bigint            not null default 0,
    duration_ms    double precision  not null,
    cache_hit      boolean           not null default false,
    truncated      boolean           not null default false,
    error_code     text              null,
    sql_hash       text              not null,
    finished_at    timestamptz       not null
);
create index executions_project on executions (project_id, finished_at desc, execution_id desc);

alter table connections add column allow_writes    boolean not null default false;
alter table connections add column timeout_seconds integer null;
alter table connections add column max_rows        integer null;
alter table connections add column max_bytes       bigint  null;

alter table projects add column use_cache boolean not null default true;

create table cache_policies (
    connection_id  uuid     primary key,
    workspace_id   uuid     not null,
    mode           text     not null,
    ttl_seconds    integer  null
);

-- Sealed result sets: AES-256-GCM under a fresh data key wrapped by the workspace key (purpose "cache"); the
-- key is a SHA-256 over workspace, connection, credential version, normalised SQL, parameters and access scope.
create table result_cache (
    cache_key      bytea        primary key,
    workspace_id   uuid         not null,
    connection_id  uuid         not null,
    key_version    integer      not null,
    wrapped_key    bytea        not null,
    nonce          bytea        not null,
    tag            bytea        not null,
    ciphertext     bytea        not null,
    size_bytes     integer      not null,
    created_at     timestamptz  not null,
    expires_at     timestamptz  not null
);
create index result_cache_expiry on result_cache (expires_at);
create index result_cache_connection on result_cache (connection_id);
create index result_cache_workspace_age on result_cache (workspace_id, created_at);

-- The vault secret holding a connection's current password, so that an unwrap reads one row instead of
-- replaying the connection's stream (which grows with every SecretUnwrapped).
alter table connections add column secret_id uuid null;
update connections c set secret_id = (
    select s.secret_id from vault_secrets s
    where s.record_id = c.connection_id and s.purpose = 'connection-password'
    order by s.created_at desc limit 1)
where c.has_password;
