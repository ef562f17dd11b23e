-- The event store moves onto Marten's tables (docs/decisions/002-event-store.md). Every event keeps its sequence,
-- stream version and timestamp (mt_events), and its place on the chain keeps its position, metadata and hashes
-- (event_chain), so chains verify to the same head hashes. Events written before this carry envelope version 0
-- (hashed without the field); new ones carry 1. A large log takes a while: no statement or lock timeout here, and
-- the indexes are built after the copy.
set local statement_timeout = 0;
set local lock_timeout = 0;

create table event_chain (
    seq_id          bigint      primary key,          -- mt_events.seq_id
    chain_id        uuid        not null,
    chain_position  bigint      not null,
    stream_id       uuid        not null,
    event_type      text        not null,             -- mt_events.type, copied for the audit filters;
    recorded_at     timestamptz not null,             -- mt_events.timestamp: the verifier holds copy and original equal
    actor_id        uuid        null,                 -- copied from metadata for the audit filter
    metadata        jsonb       not null,
    envelope        smallint    not null,
    previous_hash   text        not null,
    hash            text        not null,
    constraint event_chain_position_unique unique (chain_id, chain_position)
);

insert into mt_streams (id, type, version, timestamp, created, tenant_id)
select stream_id, null, version, created_at, created_at, '*DEFAULT*' from streams;

insert into mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type)
select sequence, gen_random_uuid(), stream_id, stream_version, data, event_type, recorded_at, '*DEFAULT*', null
from events;

insert into event_chain (seq_id, chain_id, chain_position, stream_id, event_type, recorded_at, actor_id, metadata,
                         envelope, previous_hash, hash)
select sequence, chain_id, chain_position, stream_id, event_type, recorded_at, actor_id, metadata, 0, previous_hash, hash
from events;

select setval('mt_events_sequence', last_value, is_called) from events_sequence_seq;

create index event_chain_chain_sequence on event_chain (chain_id, seq_id desc);
create index event_chain_chain_actor on event_chain (chain_id, actor_id, seq_id desc);
create index event_chain_chain_stream on event_chain (chain_id, stream_id, seq_id desc);
create index event_chain_chain_type on event_chain (chain_id, event_type, seq_id desc);
create index event_chain_chain_recorded on event_chain (chain_id, recorded_at desc);

-- Which chain each stream belongs to: appends lock this row and refuse a stream that changes chain.
alter table streams rename to stream_chains;
alter table stream_chains drop column version;
alter table stream_chains drop column created_at;
create index stream_chains_chain on stream_chains (chain_id);

drop table events;
drop sequence events_sequence_seq;

-- The chained log as one relation, for the audit reader and for people reading the database.
create view events as
select c.seq_id as sequence, e.stream_id, e.version as stream_version, c.chain_id, c.chain_position,
       c.event_type, e.data, c.metadata, c.actor_id, c.recorded_at, c.envelope, c.previous_hash, c.hash
from event_chain c join mt_events e on e.seq_id = c.seq_id;
