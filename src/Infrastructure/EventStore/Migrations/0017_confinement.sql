-- Confinement: what happened to a person's account (signed in, failed, changed its way in), waiting to be published
-- in the chain of every workspace they belong to. A sign-in writes one row here, whatever the number of workspaces.
create table account_activity (
    activity_id  bigserial   primary key,
    user_id      uuid        not null,
    kind         text        not null,
    detail       text        not null,
    occurred_at  timestamptz not null
);
