-- Issue 13 (decision 014): the API nodes form an Orleans cluster whose membership lives here (an IMembershipTable
-- written on Npgsql), and each run is held by the node whose worker runs it.

-- The membership table's version (optimistic concurrency for every insert and update of a member).
create table cluster_versions (
    cluster_id text    primary key,
    version    integer not null
);

-- One row per silo (API node) that ever joined: its address (ip:port@generation), status and liveness.
create table cluster_silos (
    cluster_id      text        not null,
    address         text        not null,
    status          integer     not null,
    suspect_times   text,
    proxy_port      integer     not null,
    host_name       text        not null,
    silo_name       text        not null,
    role_name       text,
    update_zone     integer     not null,
    fault_zone      integer     not null,
    start_time      timestamptz not null,
    i_am_alive_time timestamptz not null,
    primary key (cluster_id, address)
);

-- Which node holds which run: runs are placed (and asked for) there; a survivor fails the unrecorded runs of a dead one.
create table run_owners (
    execution_id  uuid        primary key,
    silo          text        not null,
    workspace_id  uuid        not null,
    project_id    uuid        not null,
    block_id      uuid,
    connection_id uuid        not null,
    actor_id      uuid        not null,
    sql_hash      text        not null,
    actor         jsonb       not null,
    started_at    timestamptz not null,
    recorded      boolean     not null default false
);
create index run_owners_workspace_actor on run_owners (workspace_id, actor_id);
create index run_owners_unrecorded on run_owners (silo) where not recorded;
