using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Caching;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Caching.Policies.SetCachePolicy;

/// <summary>An ADMIN switches a connection's result cache: OFF (the default) or TTL seconds, up to the workspace
/// maximum (its own, within the host's). Switching it off drops what is cached.</summary>
public sealed record SetCachePolicyCommand(ConnectionId ConnectionId, CachePolicyMode Mode, int? TtlSeconds)
    : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnConnection(ConnectionId, ConnectionUse.Manage);
}
