using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Grants.RevokeConnectionAccess;

/// <summary>Ends a member's grant on a connection; true when there was one.</summary>
public sealed record RevokeConnectionAccessCommand(ConnectionId ConnectionId, UserId UserId) : ICommand<bool>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => ConnectionWorkspace.ManageRequirement(ConnectionId);
}
