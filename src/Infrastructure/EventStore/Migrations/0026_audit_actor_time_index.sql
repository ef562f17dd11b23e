-- Issue 15: auditors filter a workspace's log by who and when together. The (chain, actor, sequence) index alone makes
-- PostgreSQL walk the actor's events newest first until the window is reached (tens of thousands in a long chain);
-- this one finds the window's rows directly.
set local statement_timeout = 0;
create index event_chain_chain_actor_time on event_chain (chain_id, actor_id, recorded_at);
