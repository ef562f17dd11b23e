using Deepnote.Application.Caching.Ports;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Caching;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;

namespace Deepnote.Infrastructure.Caching;

internal sealed class ResultCacheStore(NpgsqlUnitOfWork uow) : IResultCacheStore
{
    public async Task<(CachePolicyMode Mode, int? TtlSeconds)> GetPolicyAsync(ConnectionId connection, CancellationToken ct) =>
        await uow.QuerySingleAsync("select mode, ttl_seconds from cache_policies where connection_id = $1",
            r => ((CachePolicyMode Mode, int? TtlSeconds)?)(Enum.Parse<CachePolicyMode>(r.GetString(0)), r.GetNullable<int?>(1)),
            ct, connection.Value) ?? (CachePolicyMode.Off, null);

    public Task<SealedBlob?> FindAsync(byte[] key, DateTimeOffset now, CancellationToken ct) =>
        uow.QuerySingleAsync("""
            select key_version, wrapped_key, nonce, tag, ciphertext from result_cache
            where cache_key = $1 and expires_at > $2
            """, r => new SealedBlob(r.GetInt32(0), r.GetFieldValue<byte[]>(1), r.GetFieldValue<byte[]>(2),
                r.GetFieldValue<byte[]>(3), r.GetFieldValue<byte[]>(4)), ct, key, now);

    public async Task<bool> StoreAsync(byte[] key, WorkspaceId workspace, ConnectionId connection, SealedBlob blob,
        DateTimeOffset now, DateTimeOffset expiresAt, DateTimeOffset readAt, long workspaceCap, CancellationToken ct)
    {
        var stored = await uow.ExecuteAsync("""
            insert into result_cache (cache_key, workspace_id, connection_id, key_version, wrapped_key, nonce, tag,
                                      ciphertext, size_bytes, created_at, expires_at)
            select $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11
            where exists (select 1 from cache_policies p where p.connection_id = $3 and p.mode = 'Ttl'
                          and (p.invalidated_at is null or p.invalidated_at < $12))
            on conflict (cache_key) do update set key_version = excluded.key_version, wrapped_key = excluded.wrapped_key,
                nonce = excluded.nonce, tag = excluded.tag, ciphertext = excluded.ciphertext,
                size_bytes = excluded.size_bytes, created_at = excluded.created_at, expires_at = excluded.expires_at
            """, ct, key, workspace.Value, connection.Value, blob.KeyVersion, blob.WrappedKey, blob.Nonce, blob.Tag,
            blob.Ciphertext, blob.Ciphertext.Length, now, expiresAt, readAt);
        if (stored == 0) return false;
        // One evictor per workspace at a time (a transaction-scoped advisory lock, skipped when taken), so concurrent
        // stores never deadlock on each other's deletes; the cap is restored by whichever store gets the lock.
        await uow.ExecuteAsync("""
            delete from result_cache where pg_try_advisory_xact_lock(hashtextextended('result_cache:' || $1::text, 0))
            and cache_key in (
                select cache_key from (
                    select cache_key, sum(size_bytes) over (order by created_at desc, cache_key) as running
                    from result_cache where workspace_id = $1) newest_first
                where running > $2)
            """, ct, workspace.Value, workspaceCap);
        return true;
    }

    public Task RemoveAsync(byte[] key, CancellationToken ct) =>
        uow.ExecuteAsync("delete from result_cache where cache_key = $1", ct, key);

    public Task<int> RemoveConnectionAsync(ConnectionId connection, CancellationToken ct) =>
        uow.ExecuteAsync("delete from result_cache where connection_id = $1", ct, connection.Value);

    public Task<int> RemoveExpiredAsync(DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("delete from result_cache where expires_at <= $1", ct, now);

    public Task<int> RemoveBelowKeyVersionAsync(WorkspaceId workspace, int keyVersion, CancellationToken ct) =>
        uow.ExecuteAsync("delete from result_cache where workspace_id = $1 and key_version < $2", ct, workspace.Value,
            keyVersion);
}
