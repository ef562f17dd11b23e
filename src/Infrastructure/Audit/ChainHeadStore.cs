using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Audit.Ports;
using Deepnote.Infrastructure.Persistence;

namespace Deepnote.Infrastructure.Audit;

internal sealed class ChainHeadStore(NpgsqlUnitOfWork uow) : IChainHeads
{
    public Task<ChainHead?> GetAsync(Guid chainId, CancellationToken ct) =>
        uow.QuerySingleAsync("select chain_id, position, hash from chain_heads where chain_id = $1", Map, ct, chainId);

    public async Task<IReadOnlyList<ChainHead>> UnsignedAsync(int max, CancellationToken ct) =>
        await uow.QueryAsync("""
            select h.chain_id, h.position, h.hash
            from chain_heads h left join audit_checkpoint_marks m on m.chain_id = h.chain_id
            where m.chain_id is null or h.position <> m.position or h.hash <> m.hash
            order by m.signed_at nulls first, h.chain_id
            limit $1
            """, Map, ct, max);

    public Task<string?> HashAtAsync(Guid chainId, long position, CancellationToken ct) =>
        uow.QuerySingleAsync("select hash from event_chain where chain_id = $1 and chain_position = $2",
            r => r.GetString(0), ct, chainId, position);

    public Task MarkSignedAsync(ChainHead head, CancellationToken ct) =>
        uow.ExecuteAsync("""
            insert into audit_checkpoint_marks (chain_id, position, hash, signed_at) values ($1, $2, $3, now())
            on conflict (chain_id) do update set position = excluded.position, hash = excluded.hash, signed_at = excluded.signed_at
            """, ct, head.ChainId, head.Position, head.Hash);

    public Task DeferAsync(Guid chainId, CancellationToken ct) =>
        uow.ExecuteAsync("update audit_checkpoint_marks set signed_at = now() where chain_id = $1", ct, chainId);

    private static ChainHead Map(Npgsql.NpgsqlDataReader r) => new(r.GetGuid(0), r.GetInt64(1), r.GetString(2));
}
