using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Caching.Contracts.GetCachePolicy;

/// <summary>A connection's cache policy (OFF unless an ADMIN set one).</summary>
public sealed record GetCachePolicyQuery(ConnectionId ConnectionId) : IQuery<CachePolicyDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
