-- Single sign-on: each workspace's OpenID Connect provider (projection), and pending sign-ins (hashed state).
create table workspace_sso (
    workspace_id      uuid     primary key references workspaces (workspace_id),
    issuer            text     not null,
    client_id         text     not null,
    client_secret_id  uuid     null,
    allowed_domains   text[]   not null,
    default_role      text     not null,
    enforce_sso       boolean  not null
);
create index workspace_sso_domains on workspace_sso using gin (allowed_domains);

create table sso_states (
    state_hash     bytea       primary key,
    workspace_id   uuid        not null,
    code_verifier  text        not null,
    nonce          text        not null,
    redirect_uri   text        not null,
    expires_at     timestamptz not null,
    used_at        timestamptz null
);
