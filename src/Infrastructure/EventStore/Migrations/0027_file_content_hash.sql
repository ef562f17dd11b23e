-- Issue 15: a file's hash in the log and in this read model is keyed under the workspace's key (k<version>:<hex>);
-- rows of files uploaded before keep their plain SHA-256 (the event they came from holds it too).
alter table vault_files rename column sha256 to content_hash;
