-- Identity across tenants: invitations that wait for consent, domains proven by DNS, SSO links, capped back-off.
alter table one_time_tokens add column subject uuid null, add column email text null;

create table invitations (
    invitation_id  uuid        primary key,
    workspace_id   uuid        not null references workspaces (workspace_id),
    email          text        not null,
    role           text        null,
    project_id     uuid        null,
    access         text        null,
    invited_by     uuid        not null,
    status         text        not null,
    created_at     timestamptz not null,
    expires_at     timestamptz not null,
    answered_at    timestamptz null
);
create index invitations_pending_email on invitations (email) where status = 'PENDING';
create index invitations_pending_workspace on invitations (workspace_id) where status = 'PENDING';

create table workspace_domains (
    workspace_id        uuid        not null references workspaces (workspace_id),
    domain              text        not null,
    verification_token  text        not null,
    claimed_at          timestamptz not null,
    verified_at         timestamptz null,
    verification_method text        null,
    primary key (workspace_id, domain)
);
-- One verified owner per domain, whatever the order of concurrent verifications.
create unique index workspace_domains_one_owner on workspace_domains (domain) where verified_at is not null;

create table sso_links (
    workspace_id  uuid        not null,
    issuer        text        not null,
    subject       text        not null,
    user_id       uuid        not null references users (user_id),
    linked_at     timestamptz not null,
    primary key (workspace_id, issuer, subject)
);

alter table sso_states add column link_user_id uuid null;

create table sign_in_backoff (
    email            text        primary key,
    failures         integer     not null,
    last_failure_at  timestamptz not null
);

-- The browser that began a sign-in must be the one that completes it (no login CSRF, no link planted by another).
alter table sso_states add column binding_hash bytea null;

-- Unasked mail (sign-up, reset) per address, for the hourly quota; cleaned up after a day.
create table mail_sends (
    recipient  text        not null,
    purpose    text        not null,
    sent_at    timestamptz not null
);
create index mail_sends_recipient on mail_sends (recipient, purpose, sent_at);

-- Accounts that chose their password through an invitation link handed to the inviting ADMIN (the flow before this
-- change) never proved control of their address: their password and sessions end, and a reset mail (which does
-- prove it) lets the real owner back in. Pending links of that flow stop working too.
delete from sessions where user_id in (select stream_id from events where event_type = 'UserActivated');
delete from user_credentials where user_id in (select stream_id from events where event_type = 'UserActivated');
update one_time_tokens set used_at = now() where purpose = 'invitation' and subject is null and used_at is null;

