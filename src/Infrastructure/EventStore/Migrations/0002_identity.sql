-- Projection of user events, and the identity module's secrets (never in events).
create table users (
    user_id        uuid        primary key,
    email          text        not null unique,
    activated      boolean     not null,
    registered_at  timestamptz not null
);

create table user_credentials (
    user_id        uuid        primary key references users (user_id),
    password_hash  text        not null,
    updated_at     timestamptz not null
);

-- Server-side sessions: the cookie holds a random token, this table only its SHA-256.
create table sessions (
    token_hash    bytea       primary key,
    user_id       uuid        not null references users (user_id),
    created_at    timestamptz not null,
    last_seen_at  timestamptz not null,
    expires_at    timestamptz not null,
    revoked_at    timestamptz null
);
create index sessions_user on sessions (user_id);
create index sessions_expires on sessions (expires_at);

-- One-time links (first set-up, invitations), hashed like sessions.
create table one_time_tokens (
    token_hash  bytea       primary key,
    purpose     text        not null,
    user_id     uuid        null references users (user_id),
    expires_at  timestamptz not null,
    used_at     timestamptz null
);
create index one_time_tokens_expires on one_time_tokens (expires_at);
