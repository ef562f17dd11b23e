-- Failed sign-ins, for rate limiting per account and per address (the audit log has them too, as SignInFailed).
create table sign_in_failures (
    email       text        not null,
    ip_address  text        null,
    failed_at   timestamptz not null
);
create index sign_in_failures_email on sign_in_failures (email, failed_at);
create index sign_in_failures_ip on sign_in_failures (ip_address, failed_at);
