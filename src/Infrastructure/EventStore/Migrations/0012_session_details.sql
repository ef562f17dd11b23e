-- Sessions get an id (to list and end one) and where they were opened from.
alter table sessions add column session_id uuid not null default gen_random_uuid();
alter table sessions add column ip_address text null;
alter table sessions add column user_agent text null;
create unique index sessions_id on sessions (session_id);
