using Deepnote.Application.Abstractions;
using Deepnote.Application.Caching.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Caching;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Caching.Contracts;

/// <summary>Drops a connection's entries because something they depended on changed (a grant was revoked, the
/// credentials were replaced); recorded as <c>CacheInvalidated</c> when anything was removed.</summary>
public sealed record InvalidateConnectionCacheCommand(ConnectionId ConnectionId, WorkspaceId WorkspaceId, string Reason)
    : ICommand<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
