using Deepnote.Domain.Caching.Events;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.EventStore;

namespace Deepnote.Infrastructure.Caching.Projections;

/// <summary>Each connection's cache policy and when its cache was last emptied.</summary>
internal sealed class CachePolicyProjection : IInlineProjection
{
    public IReadOnlyList<string> Tables { get; } = ["cache_policies"];

    public void Project(IDomainEvent domainEvent, ISqlBatch batch)
    {
        switch (domainEvent)
        {
            case CacheInvalidated e:
                batch.Add("update cache_policies set invalidated_at = $2 where connection_id = $1", e.ConnectionId.Value, e.OccurredAt);
                break;
            case CachePolicySet e:
                batch.Add("""
                    insert into cache_policies (connection_id, workspace_id, mode, ttl_seconds) values ($1, $2, $3, $4)
                    on conflict (connection_id) do update set mode = excluded.mode, ttl_seconds = excluded.ttl_seconds
                    """, e.ConnectionId.Value, e.WorkspaceId.Value, e.Mode.ToString(), e.TtlSeconds);
                break;
        }
    }
}
