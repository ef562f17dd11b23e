using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Caching.Contracts.StoreCachedResult;

/// <summary>Seals a result under the workspace key and stores it until its TTL ends.</summary>
/// <param name="ReadAt">When the rows were read: if the connection's cache was emptied (or switched off) since, the
/// result is not stored, so nothing read before an invalidation comes back after it.</param>
public sealed record StoreCachedResultCommand(WorkspaceId WorkspaceId, ConnectionId ConnectionId, byte[] Key,
    byte[] Payload, int TtlSeconds, DateTimeOffset ReadAt) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => $"{nameof(StoreCachedResultCommand)} {{ {ConnectionId}, {Payload.Length} bytes }}";
}
