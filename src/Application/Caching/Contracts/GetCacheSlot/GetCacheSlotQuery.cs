using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Caching.Contracts.GetCacheSlot;

/// <summary>The cache entry a read-only run may use, or null when the connection's policy is not TTL. Only the
/// caching module knows what a key covers (<see cref="GetCacheSlotQueryHandler"/>).</summary>
/// <param name="TtlCapSeconds">The workspace's longest TTL in effect.</param>
public sealed record GetCacheSlotQuery(WorkspaceId WorkspaceId, ConnectionProfile Connection, string Sql, int MaxRows,
    long MaxBytes, IReadOnlyList<FileId> Files, int TtlCapSeconds) : IQuery<CacheSlot?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    /// <summary>Never the SQL.</summary>
    public override string ToString() => $"{nameof(GetCacheSlotQuery)} {{ {Connection.Id} }}";
}
