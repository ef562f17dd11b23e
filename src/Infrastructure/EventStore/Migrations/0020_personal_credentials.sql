-- Issue 13: a connection may sign each member in with their own database account instead of one shared account.
alter table connections add column per_person boolean not null default false;

-- Projection of PersonalCredentialsSet/Cleared: which member entered which user name (the password is a vault secret).
create table personal_credentials (
    connection_id uuid        not null,
    user_id       uuid        not null,
    workspace_id  uuid        not null,
    username      text        not null,
    secret_id     uuid        not null,
    set_at        timestamptz not null,
    primary key (connection_id, user_id)
);
create index personal_credentials_workspace_user on personal_credentials (workspace_id, user_id);
