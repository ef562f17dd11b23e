-- Where a failed run failed: QUERY, TIMEOUT, CONNECTION or ENVIRONMENT (issue 12: sandboxed workers). Runs recorded
-- before it have none.
alter table executions add column error_class text;
