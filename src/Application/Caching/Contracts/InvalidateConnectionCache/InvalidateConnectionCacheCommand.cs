using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Caching.Contracts.InvalidateConnectionCache;

/// <summary>Drops a connection's entries because something they depended on changed (a grant was revoked, the
/// credentials were replaced); recorded as <c>CacheInvalidated</c> when anything was removed.</summary>
public sealed record InvalidateConnectionCacheCommand(ConnectionId ConnectionId, WorkspaceId WorkspaceId, string Reason)
    : ICommand<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
