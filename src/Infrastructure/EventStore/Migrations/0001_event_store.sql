-- The event store: one row per event, a global sequence, optimistic concurrency per stream, and a hash chain
-- per workspace (chain_id; the platform chain is the nil UUID).
create sequence events_sequence_seq as bigint;

create table events (
    sequence        bigint      primary key,
    stream_id       uuid        not null,
    stream_version  bigint      not null,
    chain_id        uuid        not null,
    chain_position  bigint      not null,
    event_type      text        not null,
    data            jsonb       not null,
    metadata        jsonb       not null,
    actor_id        uuid        null,       -- copied from metadata for the audit filter
    recorded_at     timestamptz not null,
    previous_hash   text        not null,
    hash            text        not null,
    constraint events_stream_version_unique unique (stream_id, stream_version),
    constraint events_chain_position_unique unique (chain_id, chain_position)
);

-- Every audit filter has an index: by chain alone, and by chain with actor, type, stream or time.
create index events_chain_sequence on events (chain_id, sequence desc);
create index events_chain_actor on events (chain_id, actor_id, sequence desc);
create index events_chain_type on events (chain_id, event_type, sequence desc);
create index events_chain_stream on events (chain_id, stream_id, sequence desc);
create index events_chain_recorded on events (chain_id, recorded_at desc);

create table streams (
    stream_id   uuid        primary key,
    chain_id    uuid        not null,
    version     bigint      not null,
    created_at  timestamptz not null default now()
);

-- The head of each chain; appends lock this row, so writers serialise per workspace, not globally.
create table chain_heads (
    chain_id    uuid        primary key,
    position    bigint      not null,
    hash        text        not null,
    updated_at  timestamptz not null default now()
);
