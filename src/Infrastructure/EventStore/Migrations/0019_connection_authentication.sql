-- PostgreSQL connections log in with SCRAM-SHA-256 only unless an ADMIN allows MD5 (issue 12). Connections made
-- before this allowed MD5 implicitly; they now need the ADMIN's visible choice too.
alter table connections add column allow_md5 boolean not null default false;

-- How each run reached its database: TLS, PLAIN or NONE (DuckDB); null for cache hits and older runs.
alter table executions add column transport text;
