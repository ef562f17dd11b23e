using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Grants.ListConnectionGrants;

/// <summary>Who may use a connection (ADMIN only).</summary>
public sealed record ListConnectionGrantsQuery(ConnectionId ConnectionId, int? First, string? After)
    : IQuery<Page<ConnectionGrantDto>>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => ConnectionWorkspace.ManageRequirement(ConnectionId);
}
