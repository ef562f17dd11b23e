-- A database written by the event store before it moved onto Marten (commit 5128e4e, migrations 0001-0021):
-- four users on the platform chain and three workspace chains of single- and multi-event appends, written by
-- /tmp tooling with that commit's PostgresEventStore and dumped with pg_dump --inserts. MartenMigrationTests loads
-- it and migrates it. Do not regenerate it with newer code: it stands for data in production today.
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: account_activity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_activity (
    activity_id bigint NOT NULL,
    user_id uuid NOT NULL,
    kind text NOT NULL,
    detail text NOT NULL,
    occurred_at timestamp with time zone NOT NULL
);


--
-- Name: account_activity_activity_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.account_activity_activity_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: account_activity_activity_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.account_activity_activity_id_seq OWNED BY public.account_activity.activity_id;


--
-- Name: api_token_secrets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_token_secrets (
    token_id uuid NOT NULL,
    token_hash bytea NOT NULL
);


--
-- Name: api_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_tokens (
    token_id uuid NOT NULL,
    workspace_id uuid NOT NULL,
    owner_id uuid NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    last_used_at timestamp with time zone,
    revoked_at timestamp with time zone
);


--
-- Name: cache_policies; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cache_policies (
    connection_id uuid NOT NULL,
    workspace_id uuid NOT NULL,
    mode text NOT NULL,
    ttl_seconds integer,
    invalidated_at timestamp with time zone
);


--
-- Name: chain_heads; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.chain_heads (
    chain_id uuid NOT NULL,
    "position" bigint NOT NULL,
    hash text NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: cluster_silos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cluster_silos (
    cluster_id text NOT NULL,
    address text NOT NULL,
    status integer NOT NULL,
    suspect_times text,
    proxy_port integer NOT NULL,
    host_name text NOT NULL,
    silo_name text NOT NULL,
    role_name text,
    update_zone integer NOT NULL,
    fault_zone integer NOT NULL,
    start_time timestamp with time zone NOT NULL,
    i_am_alive_time timestamp with time zone NOT NULL
);


--
-- Name: cluster_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cluster_versions (
    cluster_id text NOT NULL,
    version integer NOT NULL
);


--
-- Name: connection_grants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.connection_grants (
    workspace_id uuid NOT NULL,
    connection_id uuid NOT NULL,
    user_id uuid NOT NULL,
    granted_at timestamp with time zone NOT NULL,
    granted_by uuid NOT NULL
);


--
-- Name: connections; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.connections (
    connection_id uuid NOT NULL,
    workspace_id uuid NOT NULL,
    name text NOT NULL,
    engine text NOT NULL,
    host text,
    port integer,
    database text,
    username text,
    ssl_mode text,
    has_password boolean NOT NULL,
    fingerprint text,
    credentials_rotated_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    allow_writes boolean DEFAULT false NOT NULL,
    timeout_seconds integer,
    max_rows integer,
    max_bytes bigint,
    secret_id uuid,
    allow_md5 boolean DEFAULT false NOT NULL,
    per_person boolean DEFAULT false NOT NULL
);


--
-- Name: events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events (
    sequence bigint NOT NULL,
    stream_id uuid NOT NULL,
    stream_version bigint NOT NULL,
    chain_id uuid NOT NULL,
    chain_position bigint NOT NULL,
    event_type text NOT NULL,
    data jsonb NOT NULL,
    metadata jsonb NOT NULL,
    actor_id uuid,
    recorded_at timestamp with time zone NOT NULL,
    previous_hash text NOT NULL,
    hash text NOT NULL
);


--
-- Name: events_sequence_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.events_sequence_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: executions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.executions (
    execution_id uuid NOT NULL,
    workspace_id uuid NOT NULL,
    project_id uuid NOT NULL,
    block_id uuid,
    connection_id uuid NOT NULL,
    actor_id uuid NOT NULL,
    status text NOT NULL,
    row_count bigint DEFAULT 0 NOT NULL,
    bytes bigint DEFAULT 0 NOT NULL,
    duration_ms double precision NOT NULL,
    cache_hit boolean DEFAULT false NOT NULL,
    truncated boolean DEFAULT false NOT NULL,
    error_code text,
    sql_hash text NOT NULL,
    finished_at timestamp with time zone NOT NULL,
    error_class text,
    transport text
);


--
-- Name: invitations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.invitations (
    invitation_id uuid NOT NULL,
    workspace_id uuid NOT NULL,
    email text NOT NULL,
    role text,
    project_id uuid,
    access text,
    invited_by uuid NOT NULL,
    status text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    answered_at timestamp with time zone
);


--
-- Name: key_rotations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.key_rotations (
    rotation_id uuid NOT NULL,
    workspace_id uuid NOT NULL,
    status text NOT NULL,
    from_version integer NOT NULL,
    to_version integer NOT NULL,
    total bigint DEFAULT 0 NOT NULL,
    done bigint DEFAULT 0 NOT NULL,
    started_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    error text
);


--
-- Name: mail_sends; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mail_sends (
    recipient text NOT NULL,
    purpose text NOT NULL,
    sent_at timestamp with time zone NOT NULL
);


--
-- Name: one_time_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.one_time_tokens (
    token_hash bytea NOT NULL,
    purpose text NOT NULL,
    user_id uuid,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone,
    subject uuid,
    email text
);


--
-- Name: personal_credentials; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.personal_credentials (
    connection_id uuid NOT NULL,
    user_id uuid NOT NULL,
    workspace_id uuid NOT NULL,
    username text NOT NULL,
    secret_id uuid NOT NULL,
    set_at timestamp with time zone NOT NULL
);


--
-- Name: project_blocks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.project_blocks (
    block_id uuid NOT NULL,
    project_id uuid NOT NULL,
    connection_id uuid NOT NULL,
    sql text NOT NULL,
    "position" integer NOT NULL
);


--
-- Name: project_connections; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.project_connections (
    project_id uuid NOT NULL,
    connection_id uuid NOT NULL
);


--
-- Name: project_shares; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.project_shares (
    project_id uuid NOT NULL,
    user_id uuid NOT NULL,
    access text NOT NULL,
    guest boolean DEFAULT false NOT NULL
);


--
-- Name: projects; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.projects (
    project_id uuid NOT NULL,
    workspace_id uuid NOT NULL,
    name text NOT NULL,
    default_access text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    use_cache boolean DEFAULT true NOT NULL
);


--
-- Name: result_cache; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.result_cache (
    cache_key bytea NOT NULL,
    workspace_id uuid NOT NULL,
    connection_id uuid NOT NULL,
    key_version integer NOT NULL,
    wrapped_key bytea NOT NULL,
    nonce bytea NOT NULL,
    tag bytea NOT NULL,
    ciphertext bytea NOT NULL,
    size_bytes integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL
);


--
-- Name: run_owners; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.run_owners (
    execution_id uuid NOT NULL,
    silo text NOT NULL,
    workspace_id uuid NOT NULL,
    project_id uuid NOT NULL,
    block_id uuid,
    connection_id uuid NOT NULL,
    actor_id uuid NOT NULL,
    sql_hash text NOT NULL,
    actor jsonb NOT NULL,
    started_at timestamp with time zone NOT NULL,
    recorded boolean DEFAULT false NOT NULL
);


--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_migrations (
    version text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    token_hash bytea NOT NULL,
    user_id uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    last_seen_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    session_id uuid DEFAULT gen_random_uuid() NOT NULL,
    ip_address text,
    user_agent text
);


--
-- Name: sign_in_backoff; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sign_in_backoff (
    email text NOT NULL,
    failures integer NOT NULL,
    last_failure_at timestamp with time zone NOT NULL
);


--
-- Name: sign_in_failures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sign_in_failures (
    email text NOT NULL,
    ip_address text,
    failed_at timestamp with time zone NOT NULL
);


--
-- Name: sso_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sso_links (
    workspace_id uuid NOT NULL,
    issuer text NOT NULL,
    subject text NOT NULL,
    user_id uuid NOT NULL,
    linked_at timestamp with time zone NOT NULL
);


--
-- Name: sso_states; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sso_states (
    state_hash bytea NOT NULL,
    workspace_id uuid NOT NULL,
    code_verifier text NOT NULL,
    nonce text NOT NULL,
    redirect_uri text NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone,
    link_user_id uuid,
    binding_hash bytea
);


--
-- Name: streams; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.streams (
    stream_id uuid NOT NULL,
    chain_id uuid NOT NULL,
    version bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: user_credentials; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_credentials (
    user_id uuid NOT NULL,
    password_hash text NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    user_id uuid NOT NULL,
    email text NOT NULL,
    activated boolean NOT NULL,
    registered_at timestamp with time zone NOT NULL
);


--
-- Name: vault_file_blobs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vault_file_blobs (
    file_id uuid NOT NULL,
    workspace_id uuid NOT NULL,
    secret_id uuid NOT NULL,
    chunk_count integer NOT NULL
);


--
-- Name: vault_file_chunks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vault_file_chunks (
    file_id uuid NOT NULL,
    chunk_index integer NOT NULL,
    data bytea NOT NULL
);


--
-- Name: vault_files; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vault_files (
    file_id uuid NOT NULL,
    workspace_id uuid NOT NULL,
    name text NOT NULL,
    content_type text NOT NULL,
    size bigint NOT NULL,
    sha256 text NOT NULL,
    uploaded_by uuid NOT NULL,
    uploaded_at timestamp with time zone NOT NULL
);


--
-- Name: vault_secrets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vault_secrets (
    secret_id uuid NOT NULL,
    workspace_id uuid NOT NULL,
    purpose text NOT NULL,
    record_id uuid NOT NULL,
    key_version integer NOT NULL,
    envelope jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: workspace_domains; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.workspace_domains (
    workspace_id uuid NOT NULL,
    domain text NOT NULL,
    verification_token text NOT NULL,
    claimed_at timestamp with time zone NOT NULL,
    verified_at timestamp with time zone,
    verification_method text
);


--
-- Name: workspace_key_state; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.workspace_key_state (
    workspace_id uuid NOT NULL,
    provider text NOT NULL,
    key_id text NOT NULL,
    version integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    destroyed boolean DEFAULT false NOT NULL
);


--
-- Name: workspace_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.workspace_keys (
    workspace_id uuid NOT NULL,
    version integer NOT NULL,
    provider text NOT NULL,
    key_id text NOT NULL,
    wrapped_key bytea NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: workspace_members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.workspace_members (
    workspace_id uuid NOT NULL,
    user_id uuid NOT NULL,
    role text NOT NULL,
    joined_at timestamp with time zone NOT NULL
);


--
-- Name: workspace_sso; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.workspace_sso (
    workspace_id uuid NOT NULL,
    issuer text NOT NULL,
    client_id text NOT NULL,
    client_secret_id uuid,
    allowed_domains text[] NOT NULL,
    default_role text NOT NULL,
    enforce_sso boolean NOT NULL
);


--
-- Name: workspaces; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.workspaces (
    workspace_id uuid NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    max_token_lifetime_days integer DEFAULT 90 NOT NULL,
    query_timeout_seconds integer,
    query_max_rows integer,
    cache_max_ttl_seconds integer
);


--
-- Name: account_activity activity_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_activity ALTER COLUMN activity_id SET DEFAULT nextval('public.account_activity_activity_id_seq'::regclass);


--
-- Data for Name: account_activity; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: api_token_secrets; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: cache_policies; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: chain_heads; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.chain_heads VALUES
	('00000000-0000-0000-0000-000000000000', 6, 'aac5d9bd0d6b19889cb17caa7efa33a90a4acd9ec7b582a2f8ef3b886b344a90', '2026-12-01 23:05:48.168103+00'),
	('0193b8a0-0000-7000-8000-00000000000a', 10, '19cb28a593c76060d08e16489d46b6082608fbb3ae6e6e27c5d2cce99bd29125', '2026-12-01 23:05:48.296612+00'),
	('0193b8a0-0000-7000-8000-00000000000b', 10, '6017c4d1f9f142828597859d40629f43f3f2786e644e48448d9585b924d75a98', '2026-12-01 23:05:48.300567+00'),
	('0193b8a0-0000-7000-8000-00000000000c', 10, '48a54c220a55eebf2d63bc1553658b04b2696c6c7860559893c5fa4f0b08d8f9', '2026-12-01 23:05:48.308644+00');


--
-- Data for Name: cluster_silos; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: cluster_versions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: connection_grants; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: connections; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.events VALUES
	(1, '01a233db-6a0d-701c-8dc6-5d0df090f6c1', 1, '00000000-0000-0000-0000-000000000000', 1, 'UserRegistered', '{"email": "fixture-user-0@example.com", "userId": "01a233db-6a0d-701c-8dc6-5d0df090f6c1", "activated": true, "occurredAt": "2026-11-30T09:00:00+00:00"}', '{"actorId": null, "actorKind": "Anonymous", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', NULL, '2026-11-30 09:00:00.123456+00', '0000000000000000000000000000000000000000000000000000000000000000', '7a9669f8cde6e6c437a75cc60bc414d3a93237978bfe20a558bb0ac60290da52'),
	(2, '01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e', 1, '00000000-0000-0000-0000-000000000000', 2, 'UserRegistered', '{"email": "fixture-user-1@example.com", "userId": "01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e", "activated": false, "occurredAt": "2026-11-30T09:01:00+00:00"}', '{"actorId": null, "actorKind": "Anonymous", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', NULL, '2026-11-30 09:00:00.123456+00', '7a9669f8cde6e6c437a75cc60bc414d3a93237978bfe20a558bb0ac60290da52', '32e8024c21b914b9e929d49d70b50346f4023c0f7509286f26414c0dc6c6e4e0'),
	(3, '01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e', 2, '00000000-0000-0000-0000-000000000000', 3, 'UserActivated', '{"userId": "01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e", "occurredAt": "2026-11-30T09:01:00+00:00"}', '{"actorId": null, "actorKind": "Anonymous", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', NULL, '2026-11-30 09:00:00.123456+00', '32e8024c21b914b9e929d49d70b50346f4023c0f7509286f26414c0dc6c6e4e0', '267a6766e3aabec1b8b3f7f5397f74ca0fe3f02cbf4d3f946716d15b5531238a'),
	(4, '01a233db-6d78-7353-bd48-9ee0c5e830b9', 1, '00000000-0000-0000-0000-000000000000', 4, 'UserRegistered', '{"email": "fixture-user-2@example.com", "userId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "activated": true, "occurredAt": "2026-11-30T09:02:00+00:00"}', '{"actorId": null, "actorKind": "Anonymous", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', NULL, '2026-11-30 09:00:00.123456+00', '267a6766e3aabec1b8b3f7f5397f74ca0fe3f02cbf4d3f946716d15b5531238a', 'df1532232b205b59710a3c837ada67e2af698cc6bea6205a033471cdd5e913ad'),
	(5, '01a233db-6d80-78dc-8c4e-8bd303590678', 1, '00000000-0000-0000-0000-000000000000', 5, 'UserRegistered', '{"email": "fixture-user-3@example.com", "userId": "01a233db-6d80-78dc-8c4e-8bd303590678", "activated": false, "occurredAt": "2026-11-30T09:03:00+00:00"}', '{"actorId": null, "actorKind": "Anonymous", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', NULL, '2026-11-30 09:00:00.123456+00', 'df1532232b205b59710a3c837ada67e2af698cc6bea6205a033471cdd5e913ad', '3a85bd7868b2ec059ff0d31a9c84da1be6625dc6ff533a641b02ba7c3b5e6814'),
	(6, '01a233db-6d80-78dc-8c4e-8bd303590678', 2, '00000000-0000-0000-0000-000000000000', 6, 'UserActivated', '{"userId": "01a233db-6d80-78dc-8c4e-8bd303590678", "occurredAt": "2026-11-30T09:03:00+00:00"}', '{"actorId": null, "actorKind": "Anonymous", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', NULL, '2026-11-30 09:00:00.123456+00', '3a85bd7868b2ec059ff0d31a9c84da1be6625dc6ff533a641b02ba7c3b5e6814', 'aac5d9bd0d6b19889cb17caa7efa33a90a4acd9ec7b582a2f8ef3b886b344a90'),
	(7, '0193b8a0-0000-7000-8000-000000000101', 1, '0193b8a0-0000-7000-8000-00000000000a', 1, 'UserSignedIn', '{"userId": "01a233db-6a0d-701c-8dc6-5d0df090f6c1", "occurredAt": "2026-11-30T09:00:00+00:00"}', '{"actorId": "01a233db-6a0d-701c-8dc6-5d0df090f6c1", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6a0d-701c-8dc6-5d0df090f6c1', '2026-11-30 09:00:00.123456+00', '0000000000000000000000000000000000000000000000000000000000000000', '84bc15c52e6d2641ef581e4777f839ab38cf37bb899b22e85a18f18a5db78c1a'),
	(8, '0193b8a0-0000-7000-8000-000000000111', 1, '0193b8a0-0000-7000-8000-00000000000b', 1, 'UserSignedIn', '{"userId": "01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e", "occurredAt": "2026-11-30T09:00:00+00:00"}', '{"actorId": "01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e', '2026-11-30 09:00:01.62346+00', '0000000000000000000000000000000000000000000000000000000000000000', 'f4b0ae82bd21222db5a6478fbcdcc285989b35a340dfb7515f56ecd268815e10'),
	(9, '0193b8a0-0000-7000-8000-000000000121', 1, '0193b8a0-0000-7000-8000-00000000000c', 1, 'UserSignedIn', '{"userId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "occurredAt": "2026-11-30T09:00:00+00:00"}', '{"actorId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6d78-7353-bd48-9ee0c5e830b9', '2026-11-30 09:00:03.123463+00', '0000000000000000000000000000000000000000000000000000000000000000', '0d9ea2cc6ec872041eb5b2928a3d6660919cd9663f456bbebcc40fff7e7dffb3'),
	(10, '0193b8a0-0000-7000-8000-000000000102', 1, '0193b8a0-0000-7000-8000-00000000000a', 2, 'UserSignedIn', '{"userId": "01a233db-6a0d-701c-8dc6-5d0df090f6c1", "occurredAt": "2026-11-30T09:00:10+00:00"}', '{"actorId": "01a233db-6a0d-701c-8dc6-5d0df090f6c1", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6a0d-701c-8dc6-5d0df090f6c1', '2026-11-30 09:00:04.623467+00', '84bc15c52e6d2641ef581e4777f839ab38cf37bb899b22e85a18f18a5db78c1a', 'c12d7e8fdef5c292922028e071c9689670a7804af1f814a20f68f0f4afa35131'),
	(11, '0193b8a0-0000-7000-8000-000000000112', 1, '0193b8a0-0000-7000-8000-00000000000b', 2, 'UserSignedIn', '{"userId": "01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e", "occurredAt": "2026-11-30T09:00:10+00:00"}', '{"actorId": "01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e', '2026-11-30 09:00:06.123471+00', 'f4b0ae82bd21222db5a6478fbcdcc285989b35a340dfb7515f56ecd268815e10', '93e50d57b7e5afdda70a7be9585ea6c73d4e8252b84de90ff6f64cef05bc7164'),
	(12, '0193b8a0-0000-7000-8000-000000000122', 1, '0193b8a0-0000-7000-8000-00000000000c', 2, 'UserSignedIn', '{"userId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "occurredAt": "2026-11-30T09:00:10+00:00"}', '{"actorId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6d78-7353-bd48-9ee0c5e830b9', '2026-11-30 09:00:07.623474+00', '0d9ea2cc6ec872041eb5b2928a3d6660919cd9663f456bbebcc40fff7e7dffb3', '009e6e04fa5fe17ef1c8062d9898200a07470682d7b86b67a176dd2e9550d2da'),
	(13, '0193b8a0-0000-7000-8000-000000000101', 2, '0193b8a0-0000-7000-8000-00000000000a', 3, 'UserSignedIn', '{"userId": "01a233db-6a0d-701c-8dc6-5d0df090f6c1", "occurredAt": "2026-11-30T09:00:20+00:00"}', '{"actorId": "01a233db-6a0d-701c-8dc6-5d0df090f6c1", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6a0d-701c-8dc6-5d0df090f6c1', '2026-11-30 09:00:09.123478+00', 'c12d7e8fdef5c292922028e071c9689670a7804af1f814a20f68f0f4afa35131', '35db573c18d403a3d59b5b6765760d6a42f5c5850cfa10cf7fc9e4262586feda'),
	(14, '0193b8a0-0000-7000-8000-000000000101', 3, '0193b8a0-0000-7000-8000-00000000000a', 4, 'UserSignedIn', '{"userId": "01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e", "occurredAt": "2026-11-30T09:00:21+00:00"}', '{"actorId": "01a233db-6a0d-701c-8dc6-5d0df090f6c1", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6a0d-701c-8dc6-5d0df090f6c1', '2026-11-30 09:00:09.123478+00', '35db573c18d403a3d59b5b6765760d6a42f5c5850cfa10cf7fc9e4262586feda', '62b891a0ee2c823d95812ce8e0d54e7ac35dac866ab593ac2e8127e284b9716a'),
	(15, '0193b8a0-0000-7000-8000-000000000101', 4, '0193b8a0-0000-7000-8000-00000000000a', 5, 'UserSignedIn', '{"userId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "occurredAt": "2026-11-30T09:00:22+00:00"}', '{"actorId": "01a233db-6a0d-701c-8dc6-5d0df090f6c1", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6a0d-701c-8dc6-5d0df090f6c1', '2026-11-30 09:00:09.123478+00', '62b891a0ee2c823d95812ce8e0d54e7ac35dac866ab593ac2e8127e284b9716a', '20f39c926534ec5930de5adab0f713ab11f57894adb7eecca3a57b5b6ad4ef07'),
	(16, '0193b8a0-0000-7000-8000-000000000111', 2, '0193b8a0-0000-7000-8000-00000000000b', 3, 'UserSignedIn', '{"userId": "01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e", "occurredAt": "2026-11-30T09:00:20+00:00"}', '{"actorId": "01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e', '2026-11-30 09:00:10.623481+00', '93e50d57b7e5afdda70a7be9585ea6c73d4e8252b84de90ff6f64cef05bc7164', '3ce085629be5f0d2ab8c5ee06a8e7ed7c19507139bfd27d2516f338552534dc5'),
	(17, '0193b8a0-0000-7000-8000-000000000111', 3, '0193b8a0-0000-7000-8000-00000000000b', 4, 'UserSignedIn', '{"userId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "occurredAt": "2026-11-30T09:00:21+00:00"}', '{"actorId": "01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e', '2026-11-30 09:00:10.623481+00', '3ce085629be5f0d2ab8c5ee06a8e7ed7c19507139bfd27d2516f338552534dc5', 'a860c327693ae2d83c73a9f5f576a83fbb21e72ee5e4463f156c836375e02ab3'),
	(18, '0193b8a0-0000-7000-8000-000000000111', 4, '0193b8a0-0000-7000-8000-00000000000b', 5, 'UserSignedIn', '{"userId": "01a233db-6d80-78dc-8c4e-8bd303590678", "occurredAt": "2026-11-30T09:00:22+00:00"}', '{"actorId": "01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e', '2026-11-30 09:00:10.623481+00', 'a860c327693ae2d83c73a9f5f576a83fbb21e72ee5e4463f156c836375e02ab3', 'f89352db69259e0195200134aa9dfc2d5672b703578405b27808e8832d09f167'),
	(19, '0193b8a0-0000-7000-8000-000000000121', 2, '0193b8a0-0000-7000-8000-00000000000c', 3, 'UserSignedIn', '{"userId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "occurredAt": "2026-11-30T09:00:20+00:00"}', '{"actorId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6d78-7353-bd48-9ee0c5e830b9', '2026-11-30 09:00:12.123485+00', '009e6e04fa5fe17ef1c8062d9898200a07470682d7b86b67a176dd2e9550d2da', '36d484014c1984ddf6f3c60df4532f07acbc415de15b89d12c102b8b497953a9'),
	(20, '0193b8a0-0000-7000-8000-000000000121', 3, '0193b8a0-0000-7000-8000-00000000000c', 4, 'UserSignedIn', '{"userId": "01a233db-6d80-78dc-8c4e-8bd303590678", "occurredAt": "2026-11-30T09:00:21+00:00"}', '{"actorId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6d78-7353-bd48-9ee0c5e830b9', '2026-11-30 09:00:12.123485+00', '36d484014c1984ddf6f3c60df4532f07acbc415de15b89d12c102b8b497953a9', 'b655864263b3ed55674fbc91a5884c76d78724dd3d3a104150042017ce06ceb2'),
	(21, '0193b8a0-0000-7000-8000-000000000121', 4, '0193b8a0-0000-7000-8000-00000000000c', 5, 'UserSignedIn', '{"userId": "01a233db-6a0d-701c-8dc6-5d0df090f6c1", "occurredAt": "2026-11-30T09:00:22+00:00"}', '{"actorId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6d78-7353-bd48-9ee0c5e830b9', '2026-11-30 09:00:12.123485+00', 'b655864263b3ed55674fbc91a5884c76d78724dd3d3a104150042017ce06ceb2', '2b494fdd8f757a40b508d246320558a2b66fba9d24b8411ff389e0d7e0bde98e'),
	(22, '0193b8a0-0000-7000-8000-000000000102', 2, '0193b8a0-0000-7000-8000-00000000000a', 6, 'UserSignedIn', '{"userId": "01a233db-6a0d-701c-8dc6-5d0df090f6c1", "occurredAt": "2026-11-30T09:00:30+00:00"}', '{"actorId": "01a233db-6a0d-701c-8dc6-5d0df090f6c1", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6a0d-701c-8dc6-5d0df090f6c1', '2026-11-30 09:00:13.623489+00', '20f39c926534ec5930de5adab0f713ab11f57894adb7eecca3a57b5b6ad4ef07', 'f5d745e6a8ef69fd97262b429c889fbe4ba93bcb9e4e0aad45022fb75f48b0e5'),
	(23, '0193b8a0-0000-7000-8000-000000000112', 2, '0193b8a0-0000-7000-8000-00000000000b', 6, 'UserSignedIn', '{"userId": "01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e", "occurredAt": "2026-11-30T09:00:30+00:00"}', '{"actorId": "01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e', '2026-11-30 09:00:15.123492+00', 'f89352db69259e0195200134aa9dfc2d5672b703578405b27808e8832d09f167', '4d20ce232fb3e4aa61c3df356b089140f6214ca4b5441fdf97c488b34d02c72f'),
	(24, '0193b8a0-0000-7000-8000-000000000122', 2, '0193b8a0-0000-7000-8000-00000000000c', 6, 'UserSignedIn', '{"userId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "occurredAt": "2026-11-30T09:00:30+00:00"}', '{"actorId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6d78-7353-bd48-9ee0c5e830b9', '2026-11-30 09:00:16.623496+00', '2b494fdd8f757a40b508d246320558a2b66fba9d24b8411ff389e0d7e0bde98e', 'cc61c4dfb358341afe60f5062d07c8e67f1352996d8109e6f977bee17517b0b6'),
	(25, '0193b8a0-0000-7000-8000-000000000101', 5, '0193b8a0-0000-7000-8000-00000000000a', 7, 'UserSignedIn', '{"userId": "01a233db-6a0d-701c-8dc6-5d0df090f6c1", "occurredAt": "2026-11-30T09:00:40+00:00"}', '{"actorId": "01a233db-6a0d-701c-8dc6-5d0df090f6c1", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6a0d-701c-8dc6-5d0df090f6c1', '2026-11-30 09:00:18.123499+00', 'f5d745e6a8ef69fd97262b429c889fbe4ba93bcb9e4e0aad45022fb75f48b0e5', '1fb8e2ba495aeb34b102964e8182c056f0119eeb0b499adfa6de197c0c433743'),
	(26, '0193b8a0-0000-7000-8000-000000000111', 5, '0193b8a0-0000-7000-8000-00000000000b', 7, 'UserSignedIn', '{"userId": "01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e", "occurredAt": "2026-11-30T09:00:40+00:00"}', '{"actorId": "01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e', '2026-11-30 09:00:19.623503+00', '4d20ce232fb3e4aa61c3df356b089140f6214ca4b5441fdf97c488b34d02c72f', 'eec22b796b1ce7a65749d1327dc26a306105afb6ccc3e561f3a5df2a7abe170d'),
	(27, '0193b8a0-0000-7000-8000-000000000121', 5, '0193b8a0-0000-7000-8000-00000000000c', 7, 'UserSignedIn', '{"userId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "occurredAt": "2026-11-30T09:00:40+00:00"}', '{"actorId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6d78-7353-bd48-9ee0c5e830b9', '2026-11-30 09:00:21.123507+00', 'cc61c4dfb358341afe60f5062d07c8e67f1352996d8109e6f977bee17517b0b6', '672efc53c84b51c33e5cd0224548b522228e2068067f1841bed7708cc5096779'),
	(28, '0193b8a0-0000-7000-8000-000000000102', 3, '0193b8a0-0000-7000-8000-00000000000a', 8, 'UserSignedIn', '{"userId": "01a233db-6a0d-701c-8dc6-5d0df090f6c1", "occurredAt": "2026-11-30T09:00:50+00:00"}', '{"actorId": "01a233db-6a0d-701c-8dc6-5d0df090f6c1", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6a0d-701c-8dc6-5d0df090f6c1', '2026-11-30 09:00:22.62351+00', '1fb8e2ba495aeb34b102964e8182c056f0119eeb0b499adfa6de197c0c433743', 'd3e4857826c8ba514d7555005fded23e32459fcabef973132165d9f0f52e5571'),
	(29, '0193b8a0-0000-7000-8000-000000000102', 4, '0193b8a0-0000-7000-8000-00000000000a', 9, 'UserSignedIn', '{"userId": "01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e", "occurredAt": "2026-11-30T09:00:51+00:00"}', '{"actorId": "01a233db-6a0d-701c-8dc6-5d0df090f6c1", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6a0d-701c-8dc6-5d0df090f6c1', '2026-11-30 09:00:22.62351+00', 'd3e4857826c8ba514d7555005fded23e32459fcabef973132165d9f0f52e5571', '9da4dbd4d7d9a8af513b0e5a4bc1b2383263c7d0ec2968739f38f04994892e2f'),
	(30, '0193b8a0-0000-7000-8000-000000000102', 5, '0193b8a0-0000-7000-8000-00000000000a', 10, 'UserSignedIn', '{"userId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "occurredAt": "2026-11-30T09:00:52+00:00"}', '{"actorId": "01a233db-6a0d-701c-8dc6-5d0df090f6c1", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6a0d-701c-8dc6-5d0df090f6c1', '2026-11-30 09:00:22.62351+00', '9da4dbd4d7d9a8af513b0e5a4bc1b2383263c7d0ec2968739f38f04994892e2f', '19cb28a593c76060d08e16489d46b6082608fbb3ae6e6e27c5d2cce99bd29125'),
	(31, '0193b8a0-0000-7000-8000-000000000112', 3, '0193b8a0-0000-7000-8000-00000000000b', 8, 'UserSignedIn', '{"userId": "01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e", "occurredAt": "2026-11-30T09:00:50+00:00"}', '{"actorId": "01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e', '2026-11-30 09:00:24.123514+00', 'eec22b796b1ce7a65749d1327dc26a306105afb6ccc3e561f3a5df2a7abe170d', '016527bde4e83563bc29fba10361daef80fbb082a0d2bc8851aa450e7b88c49f'),
	(32, '0193b8a0-0000-7000-8000-000000000112', 4, '0193b8a0-0000-7000-8000-00000000000b', 9, 'UserSignedIn', '{"userId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "occurredAt": "2026-11-30T09:00:51+00:00"}', '{"actorId": "01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e', '2026-11-30 09:00:24.123514+00', '016527bde4e83563bc29fba10361daef80fbb082a0d2bc8851aa450e7b88c49f', 'e296ed6b456a04d867bc02a663f57cbcbecf15505d266067e71614141be8e105'),
	(33, '0193b8a0-0000-7000-8000-000000000112', 5, '0193b8a0-0000-7000-8000-00000000000b', 10, 'UserSignedIn', '{"userId": "01a233db-6d80-78dc-8c4e-8bd303590678", "occurredAt": "2026-11-30T09:00:52+00:00"}', '{"actorId": "01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e', '2026-11-30 09:00:24.123514+00', 'e296ed6b456a04d867bc02a663f57cbcbecf15505d266067e71614141be8e105', '6017c4d1f9f142828597859d40629f43f3f2786e644e48448d9585b924d75a98'),
	(34, '0193b8a0-0000-7000-8000-000000000122', 3, '0193b8a0-0000-7000-8000-00000000000c', 8, 'UserSignedIn', '{"userId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "occurredAt": "2026-11-30T09:00:50+00:00"}', '{"actorId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6d78-7353-bd48-9ee0c5e830b9', '2026-11-30 09:00:25.623517+00', '672efc53c84b51c33e5cd0224548b522228e2068067f1841bed7708cc5096779', 'f83a07c226376634d4dcc1dc35aaa09da473203d47f7993fb77c9acd3b858b86'),
	(35, '0193b8a0-0000-7000-8000-000000000122', 4, '0193b8a0-0000-7000-8000-00000000000c', 9, 'UserSignedIn', '{"userId": "01a233db-6d80-78dc-8c4e-8bd303590678", "occurredAt": "2026-11-30T09:00:51+00:00"}', '{"actorId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6d78-7353-bd48-9ee0c5e830b9', '2026-11-30 09:00:25.623517+00', 'f83a07c226376634d4dcc1dc35aaa09da473203d47f7993fb77c9acd3b858b86', 'e1d278b5748bb0977c4d4ee0eefe909d097a4c97f1998c256a3911cec04a274e'),
	(36, '0193b8a0-0000-7000-8000-000000000122', 5, '0193b8a0-0000-7000-8000-00000000000c', 10, 'UserSignedIn', '{"userId": "01a233db-6a0d-701c-8dc6-5d0df090f6c1", "occurredAt": "2026-11-30T09:00:52+00:00"}', '{"actorId": "01a233db-6d78-7353-bd48-9ee0c5e830b9", "actorKind": "User", "ipAddress": "198.51.100.7", "userAgent": "fixture \"writer\" ünïcode", "apiTokenId": null, "correlationId": "fixture"}', '01a233db-6d78-7353-bd48-9ee0c5e830b9', '2026-11-30 09:00:25.623517+00', 'e1d278b5748bb0977c4d4ee0eefe909d097a4c97f1998c256a3911cec04a274e', '48a54c220a55eebf2d63bc1553658b04b2696c6c7860559893c5fa4f0b08d8f9');


--
-- Data for Name: executions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: invitations; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: key_rotations; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mail_sends; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: one_time_tokens; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: personal_credentials; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: project_blocks; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: project_connections; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: project_shares; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: projects; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: result_cache; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: run_owners; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_migrations VALUES
	('0001_event_store', '2026-12-01 23:05:46.382876+00'),
	('0002_identity', '2026-12-01 23:05:46.55238+00'),
	('0003_access', '2026-12-01 23:05:46.624445+00'),
	('0004_vault', '2026-12-01 23:05:46.651744+00'),
	('0005_files', '2026-12-01 23:05:46.718871+00'),
	('0006_api_tokens', '2026-12-01 23:05:46.758134+00'),
	('0007_sign_in_failures', '2026-12-01 23:05:46.798179+00'),
	('0008_projects', '2026-12-01 23:05:46.820868+00'),
	('0009_sso', '2026-12-01 23:05:46.872846+00'),
	('0010_guests', '2026-12-01 23:05:46.894433+00'),
	('0011_workspace_settings', '2026-12-01 23:05:46.8987+00'),
	('0012_session_details', '2026-12-01 23:05:46.90176+00'),
	('0013_execution', '2026-12-01 23:05:46.928725+00'),
	('0014_workspace_query_settings', '2026-12-01 23:05:46.979816+00'),
	('0015_cache_invalidation_time', '2026-12-01 23:05:46.98278+00'),
	('0016_identity_across_tenants', '2026-12-01 23:05:47.025226+00'),
	('0017_confinement', '2026-12-01 23:05:47.10525+00'),
	('0018_execution_error_class', '2026-12-01 23:05:47.118323+00'),
	('0019_connection_authentication', '2026-12-01 23:05:47.121479+00'),
	('0020_personal_credentials', '2026-12-01 23:05:47.128807+00'),
	('0021_cluster', '2026-12-01 23:05:47.149098+00');


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sign_in_backoff; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sign_in_failures; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sso_links; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sso_states; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: streams; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.streams VALUES
	('01a233db-6a0d-701c-8dc6-5d0df090f6c1', '00000000-0000-0000-0000-000000000000', 1, '2026-12-01 23:05:47.381594+00'),
	('01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e', '00000000-0000-0000-0000-000000000000', 2, '2026-12-01 23:05:48.107359+00'),
	('01a233db-6d78-7353-bd48-9ee0c5e830b9', '00000000-0000-0000-0000-000000000000', 1, '2026-12-01 23:05:48.153363+00'),
	('01a233db-6d80-78dc-8c4e-8bd303590678', '00000000-0000-0000-0000-000000000000', 2, '2026-12-01 23:05:48.160489+00'),
	('0193b8a0-0000-7000-8000-000000000101', '0193b8a0-0000-7000-8000-00000000000a', 5, '2026-12-01 23:05:48.186895+00'),
	('0193b8a0-0000-7000-8000-000000000111', '0193b8a0-0000-7000-8000-00000000000b', 5, '2026-12-01 23:05:48.204248+00'),
	('0193b8a0-0000-7000-8000-000000000121', '0193b8a0-0000-7000-8000-00000000000c', 5, '2026-12-01 23:05:48.210445+00'),
	('0193b8a0-0000-7000-8000-000000000102', '0193b8a0-0000-7000-8000-00000000000a', 5, '2026-12-01 23:05:48.216616+00'),
	('0193b8a0-0000-7000-8000-000000000112', '0193b8a0-0000-7000-8000-00000000000b', 5, '2026-12-01 23:05:48.219419+00'),
	('0193b8a0-0000-7000-8000-000000000122', '0193b8a0-0000-7000-8000-00000000000c', 5, '2026-12-01 23:05:48.22457+00');


--
-- Data for Name: user_credentials; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES
	('01a233db-6a0d-701c-8dc6-5d0df090f6c1', 'fixture-user-0@example.com', true, '2026-11-30 09:00:00+00'),
	('01a233db-6d4a-7d7a-80d6-b8e0e0f4eb3e', 'fixture-user-1@example.com', true, '2026-11-30 09:01:00+00'),
	('01a233db-6d78-7353-bd48-9ee0c5e830b9', 'fixture-user-2@example.com', true, '2026-11-30 09:02:00+00'),
	('01a233db-6d80-78dc-8c4e-8bd303590678', 'fixture-user-3@example.com', true, '2026-11-30 09:03:00+00');


--
-- Data for Name: vault_file_blobs; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: vault_file_chunks; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: vault_files; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: vault_secrets; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: workspace_domains; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: workspace_key_state; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: workspace_keys; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: workspace_members; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: workspace_sso; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: workspaces; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Name: account_activity_activity_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.account_activity_activity_id_seq', 1, false);


--
-- Name: events_sequence_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_sequence_seq', 36, true);


--
-- Name: account_activity account_activity_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_activity
    ADD CONSTRAINT account_activity_pkey PRIMARY KEY (activity_id);


--
-- Name: api_token_secrets api_token_secrets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_token_secrets
    ADD CONSTRAINT api_token_secrets_pkey PRIMARY KEY (token_id);


--
-- Name: api_token_secrets api_token_secrets_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_token_secrets
    ADD CONSTRAINT api_token_secrets_token_hash_key UNIQUE (token_hash);


--
-- Name: api_tokens api_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_pkey PRIMARY KEY (token_id);


--
-- Name: cache_policies cache_policies_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cache_policies
    ADD CONSTRAINT cache_policies_pkey PRIMARY KEY (connection_id);


--
-- Name: chain_heads chain_heads_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.chain_heads
    ADD CONSTRAINT chain_heads_pkey PRIMARY KEY (chain_id);


--
-- Name: cluster_silos cluster_silos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cluster_silos
    ADD CONSTRAINT cluster_silos_pkey PRIMARY KEY (cluster_id, address);


--
-- Name: cluster_versions cluster_versions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cluster_versions
    ADD CONSTRAINT cluster_versions_pkey PRIMARY KEY (cluster_id);


--
-- Name: connection_grants connection_grants_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.connection_grants
    ADD CONSTRAINT connection_grants_pkey PRIMARY KEY (connection_id, user_id);


--
-- Name: connections connections_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.connections
    ADD CONSTRAINT connections_pkey PRIMARY KEY (connection_id);


--
-- Name: events events_chain_position_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_chain_position_unique UNIQUE (chain_id, chain_position);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (sequence);


--
-- Name: events events_stream_version_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version);


--
-- Name: executions executions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.executions
    ADD CONSTRAINT executions_pkey PRIMARY KEY (execution_id);


--
-- Name: invitations invitations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitations
    ADD CONSTRAINT invitations_pkey PRIMARY KEY (invitation_id);


--
-- Name: key_rotations key_rotations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.key_rotations
    ADD CONSTRAINT key_rotations_pkey PRIMARY KEY (rotation_id);


--
-- Name: one_time_tokens one_time_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.one_time_tokens
    ADD CONSTRAINT one_time_tokens_pkey PRIMARY KEY (token_hash);


--
-- Name: personal_credentials personal_credentials_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.personal_credentials
    ADD CONSTRAINT personal_credentials_pkey PRIMARY KEY (connection_id, user_id);


--
-- Name: project_blocks project_blocks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_blocks
    ADD CONSTRAINT project_blocks_pkey PRIMARY KEY (block_id);


--
-- Name: project_connections project_connections_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_connections
    ADD CONSTRAINT project_connections_pkey PRIMARY KEY (project_id, connection_id);


--
-- Name: project_shares project_shares_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_shares
    ADD CONSTRAINT project_shares_pkey PRIMARY KEY (project_id, user_id);


--
-- Name: projects projects_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT projects_pkey PRIMARY KEY (project_id);


--
-- Name: result_cache result_cache_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.result_cache
    ADD CONSTRAINT result_cache_pkey PRIMARY KEY (cache_key);


--
-- Name: run_owners run_owners_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.run_owners
    ADD CONSTRAINT run_owners_pkey PRIMARY KEY (execution_id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (token_hash);


--
-- Name: sign_in_backoff sign_in_backoff_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sign_in_backoff
    ADD CONSTRAINT sign_in_backoff_pkey PRIMARY KEY (email);


--
-- Name: sso_links sso_links_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sso_links
    ADD CONSTRAINT sso_links_pkey PRIMARY KEY (workspace_id, issuer, subject);


--
-- Name: sso_states sso_states_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sso_states
    ADD CONSTRAINT sso_states_pkey PRIMARY KEY (state_hash);


--
-- Name: streams streams_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.streams
    ADD CONSTRAINT streams_pkey PRIMARY KEY (stream_id);


--
-- Name: user_credentials user_credentials_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_credentials
    ADD CONSTRAINT user_credentials_pkey PRIMARY KEY (user_id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (user_id);


--
-- Name: vault_file_blobs vault_file_blobs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vault_file_blobs
    ADD CONSTRAINT vault_file_blobs_pkey PRIMARY KEY (file_id);


--
-- Name: vault_file_chunks vault_file_chunks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vault_file_chunks
    ADD CONSTRAINT vault_file_chunks_pkey PRIMARY KEY (file_id, chunk_index);


--
-- Name: vault_files vault_files_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vault_files
    ADD CONSTRAINT vault_files_pkey PRIMARY KEY (file_id);


--
-- Name: vault_secrets vault_secrets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vault_secrets
    ADD CONSTRAINT vault_secrets_pkey PRIMARY KEY (secret_id);


--
-- Name: workspace_domains workspace_domains_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.workspace_domains
    ADD CONSTRAINT workspace_domains_pkey PRIMARY KEY (workspace_id, domain);


--
-- Name: workspace_key_state workspace_key_state_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.workspace_key_state
    ADD CONSTRAINT workspace_key_state_pkey PRIMARY KEY (workspace_id);


--
-- Name: workspace_keys workspace_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.workspace_keys
    ADD CONSTRAINT workspace_keys_pkey PRIMARY KEY (workspace_id, version);


--
-- Name: workspace_members workspace_members_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.workspace_members
    ADD CONSTRAINT workspace_members_pkey PRIMARY KEY (workspace_id, user_id);


--
-- Name: workspace_sso workspace_sso_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.workspace_sso
    ADD CONSTRAINT workspace_sso_pkey PRIMARY KEY (workspace_id);


--
-- Name: workspaces workspaces_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.workspaces
    ADD CONSTRAINT workspaces_pkey PRIMARY KEY (workspace_id);


--
-- Name: api_tokens_workspace; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_tokens_workspace ON public.api_tokens USING btree (workspace_id, owner_id);


--
-- Name: connection_grants_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX connection_grants_user ON public.connection_grants USING btree (workspace_id, user_id);


--
-- Name: connections_workspace; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX connections_workspace ON public.connections USING btree (workspace_id, lower(name)) WHERE (deleted_at IS NULL);


--
-- Name: events_chain_actor; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_chain_actor ON public.events USING btree (chain_id, actor_id, sequence DESC);


--
-- Name: events_chain_recorded; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_chain_recorded ON public.events USING btree (chain_id, recorded_at DESC);


--
-- Name: events_chain_sequence; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_chain_sequence ON public.events USING btree (chain_id, sequence DESC);


--
-- Name: events_chain_stream; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_chain_stream ON public.events USING btree (chain_id, stream_id, sequence DESC);


--
-- Name: events_chain_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_chain_type ON public.events USING btree (chain_id, event_type, sequence DESC);


--
-- Name: executions_project; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX executions_project ON public.executions USING btree (project_id, finished_at DESC, execution_id DESC);


--
-- Name: invitations_pending_email; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX invitations_pending_email ON public.invitations USING btree (email) WHERE (status = 'PENDING'::text);


--
-- Name: invitations_pending_workspace; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX invitations_pending_workspace ON public.invitations USING btree (workspace_id) WHERE (status = 'PENDING'::text);


--
-- Name: key_rotations_workspace; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX key_rotations_workspace ON public.key_rotations USING btree (workspace_id, started_at DESC);


--
-- Name: mail_sends_recipient; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mail_sends_recipient ON public.mail_sends USING btree (recipient, purpose, sent_at);


--
-- Name: one_time_tokens_expires; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX one_time_tokens_expires ON public.one_time_tokens USING btree (expires_at);


--
-- Name: personal_credentials_workspace_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX personal_credentials_workspace_user ON public.personal_credentials USING btree (workspace_id, user_id);


--
-- Name: project_blocks_project; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX project_blocks_project ON public.project_blocks USING btree (project_id, "position");


--
-- Name: project_shares_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX project_shares_user ON public.project_shares USING btree (user_id);


--
-- Name: projects_workspace; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_workspace ON public.projects USING btree (workspace_id) WHERE (deleted_at IS NULL);


--
-- Name: result_cache_connection; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX result_cache_connection ON public.result_cache USING btree (connection_id);


--
-- Name: result_cache_expiry; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX result_cache_expiry ON public.result_cache USING btree (expires_at);


--
-- Name: result_cache_workspace_age; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX result_cache_workspace_age ON public.result_cache USING btree (workspace_id, created_at);


--
-- Name: run_owners_unrecorded; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX run_owners_unrecorded ON public.run_owners USING btree (silo) WHERE (NOT recorded);


--
-- Name: run_owners_workspace_actor; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX run_owners_workspace_actor ON public.run_owners USING btree (workspace_id, actor_id);


--
-- Name: sessions_expires; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_expires ON public.sessions USING btree (expires_at);


--
-- Name: sessions_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX sessions_id ON public.sessions USING btree (session_id);


--
-- Name: sessions_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_user ON public.sessions USING btree (user_id);


--
-- Name: sign_in_failures_email; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sign_in_failures_email ON public.sign_in_failures USING btree (email, failed_at);


--
-- Name: sign_in_failures_ip; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sign_in_failures_ip ON public.sign_in_failures USING btree (ip_address, failed_at);


--
-- Name: vault_files_workspace; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX vault_files_workspace ON public.vault_files USING btree (workspace_id, uploaded_at DESC);


--
-- Name: vault_secrets_workspace_version; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX vault_secrets_workspace_version ON public.vault_secrets USING btree (workspace_id, key_version);


--
-- Name: workspace_domains_one_owner; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX workspace_domains_one_owner ON public.workspace_domains USING btree (domain) WHERE (verified_at IS NOT NULL);


--
-- Name: workspace_members_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX workspace_members_user ON public.workspace_members USING btree (user_id);


--
-- Name: workspace_sso_domains; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX workspace_sso_domains ON public.workspace_sso USING gin (allowed_domains);


--
-- Name: api_token_secrets api_token_secrets_token_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_token_secrets
    ADD CONSTRAINT api_token_secrets_token_id_fkey FOREIGN KEY (token_id) REFERENCES public.api_tokens(token_id);


--
-- Name: api_tokens api_tokens_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.users(user_id);


--
-- Name: connection_grants connection_grants_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.connection_grants
    ADD CONSTRAINT connection_grants_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(user_id);


--
-- Name: connections connections_workspace_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.connections
    ADD CONSTRAINT connections_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES public.workspaces(workspace_id);


--
-- Name: invitations invitations_workspace_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitations
    ADD CONSTRAINT invitations_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES public.workspaces(workspace_id);


--
-- Name: one_time_tokens one_time_tokens_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.one_time_tokens
    ADD CONSTRAINT one_time_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(user_id);


--
-- Name: project_blocks project_blocks_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_blocks
    ADD CONSTRAINT project_blocks_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(project_id);


--
-- Name: project_connections project_connections_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_connections
    ADD CONSTRAINT project_connections_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(project_id);


--
-- Name: project_shares project_shares_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_shares
    ADD CONSTRAINT project_shares_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(project_id);


--
-- Name: project_shares project_shares_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_shares
    ADD CONSTRAINT project_shares_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(user_id);


--
-- Name: projects projects_workspace_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT projects_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES public.workspaces(workspace_id);


--
-- Name: sessions sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(user_id);


--
-- Name: sso_links sso_links_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sso_links
    ADD CONSTRAINT sso_links_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(user_id);


--
-- Name: user_credentials user_credentials_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_credentials
    ADD CONSTRAINT user_credentials_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(user_id);


--
-- Name: workspace_domains workspace_domains_workspace_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.workspace_domains
    ADD CONSTRAINT workspace_domains_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES public.workspaces(workspace_id);


--
-- Name: workspace_members workspace_members_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.workspace_members
    ADD CONSTRAINT workspace_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(user_id);


--
-- Name: workspace_members workspace_members_workspace_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.workspace_members
    ADD CONSTRAINT workspace_members_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES public.workspaces(workspace_id);


--
-- Name: workspace_sso workspace_sso_workspace_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.workspace_sso
    ADD CONSTRAINT workspace_sso_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES public.workspaces(workspace_id);


--
-- PostgreSQL database dump complete
--


