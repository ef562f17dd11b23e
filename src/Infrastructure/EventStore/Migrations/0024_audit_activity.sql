-- Events per workspace, day (UTC) and type: the async projection AuditActivityProjection (Marten's daemon), for
-- the auditors' overview (auditActivity). Rebuilt from the log like every read model.
create table audit_activity (
    chain_id    uuid    not null,
    day         date    not null,
    event_type  text    not null,
    events      bigint  not null,
    primary key (chain_id, day, event_type)
);
