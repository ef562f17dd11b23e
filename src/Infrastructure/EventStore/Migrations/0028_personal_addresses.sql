-- Issue 15: the directory of personal data. Events name an e-mail address by its id only; the address lives here,
-- outside the immutable log, so that it can be erased. Not a projection: the users and invitations read models copy
-- the address from here when they project an event that names it (a rebuild reads this table, never writes it).
create table personal_addresses (
    address_id   uuid        primary key,
    email        text        not null unique,
    recorded_at  timestamptz not null
);

-- Invitations since issue 15 name their address by id; the reader resolves it from the directory, so an erased
-- address leaves nothing behind here. email stays for invitations recorded before (their events hold it).
alter table invitations add column address_id uuid null, alter column email drop not null;
create index invitations_pending_address on invitations (address_id) where status = 'PENDING';
