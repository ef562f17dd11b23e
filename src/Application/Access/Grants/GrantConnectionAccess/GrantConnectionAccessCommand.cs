using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Grants.GrantConnectionAccess;

/// <summary>Lets a member of the connection's workspace use it. ADMINs too need a grant to run anything.</summary>
public sealed record GrantConnectionAccessCommand(ConnectionId ConnectionId, UserId UserId) : ICommand<bool>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => ConnectionWorkspace.ManageRequirement(ConnectionId);
}
