using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Caching.Entries.InvalidateCache;

/// <summary>An ADMIN empties a connection's cache; returns how many entries were removed (audited).</summary>
public sealed record InvalidateCacheCommand(ConnectionId ConnectionId) : ICommand<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnConnection(ConnectionId, ConnectionUse.Manage);
}
