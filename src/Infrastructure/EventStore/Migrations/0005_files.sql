-- Encrypted files: metadata (projection of FileUploaded), the per-file data key (a vault secret) and the chunks.
create table vault_files (
    file_id       uuid        primary key,
    workspace_id  uuid        not null,
    name          text        not null,
    content_type  text        not null,
    size          bigint      not null,
    sha256        text        not null,
    uploaded_by   uuid        not null,
    uploaded_at   timestamptz not null
);
create index vault_files_workspace on vault_files (workspace_id, uploaded_at desc);

create table vault_file_blobs (
    file_id       uuid        primary key,
    workspace_id  uuid        not null,
    secret_id     uuid        not null,
    chunk_count   integer     not null
);

-- Each chunk: nonce (12) || ciphertext || tag (16), AES-256-GCM with (file, index, last?) as associated data.
create table vault_file_chunks (
    file_id      uuid     not null,
    chunk_index  integer  not null,
    data         bytea    not null,
    primary key (file_id, chunk_index)
);
