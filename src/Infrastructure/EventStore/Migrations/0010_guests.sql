-- Guests: a share that stands without a workspace role.
alter table project_shares add column guest boolean not null default false;
