using Deepnote.Application.Caching.Contracts;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Caching.Policies.GetConnectionCachePolicy;

/// <summary>A connection's cache policy, for whoever may see the connection.</summary>
public sealed record GetConnectionCachePolicyQuery(ConnectionId ConnectionId) : IQuery<CachePolicyDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnConnection(ConnectionId, ConnectionUse.View);
}
