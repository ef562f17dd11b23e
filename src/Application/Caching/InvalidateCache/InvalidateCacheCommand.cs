using Deepnote.Application.Abstractions;
using Deepnote.Application.Caching.Contracts;
using Deepnote.Application.Caching.Ports;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Caching.InvalidateCache;

/// <summary>An ADMIN empties a connection's cache; returns how many entries were removed (audited).</summary>
public sealed record InvalidateCacheCommand(ConnectionId ConnectionId) : ICommand<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnConnection(ConnectionId, ConnectionUse.Manage);
}
