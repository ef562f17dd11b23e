-- Issue 15: which head each chain had when it was last signed. Only a hint for the minute job (which chains moved:
-- on, back, or rewritten in place);
-- the signed checkpoints themselves live outside the database (DEEPNOTE_CHECKPOINT_DIR), and a head that contradicts
-- the newest of them is never signed, whatever this table says.
create table audit_checkpoint_marks (
    chain_id   uuid        primary key,
    position   bigint      not null,
    hash       text        not null,
    signed_at  timestamptz not null
);
