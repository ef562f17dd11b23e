using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Caching.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Caching.Contracts.GetCachePolicy;
using Deepnote.Application.Caching.Contracts.GetCacheSlot;
using Deepnote.Application.Caching.Contracts.InvalidateConnectionCache;
using Deepnote.Application.Caching.Contracts.LookupCachedResult;
using Deepnote.Application.Caching.Contracts.PurgeCacheBelowKeyVersion;
using Deepnote.Application.Caching.Contracts.StoreCachedResult;

namespace Deepnote.Application.Access.Grants.RevokeConnectionAccess;

/// <summary>Ends a member's grant on a connection; true when there was one.</summary>
public sealed record RevokeConnectionAccessCommand(ConnectionId ConnectionId, UserId UserId) : ICommand<bool>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => ConnectionWorkspace.ManageRequirement(ConnectionId);
}
