using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts.JoinThroughSso;

/// <summary>A person who signed in through a workspace's provider joins it with the provider's default role.</summary>
public sealed record JoinThroughSsoCommand(WorkspaceId WorkspaceId, UserId UserId, WorkspaceRole Role) : ICommand<bool>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
