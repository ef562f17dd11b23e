-- API tokens: the projection of ApiTokenCreated/Revoked, and the secrets' SHA-256 (never the secret).
create table api_tokens (
    token_id      uuid        primary key,
    workspace_id  uuid        not null,
    owner_id      uuid        not null references users (user_id),
    name          text        not null,
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    last_used_at  timestamptz null,
    revoked_at    timestamptz null
);
create index api_tokens_workspace on api_tokens (workspace_id, owner_id);

create table api_token_secrets (
    token_id    uuid   primary key references api_tokens (token_id),
    token_hash  bytea  not null unique
);
