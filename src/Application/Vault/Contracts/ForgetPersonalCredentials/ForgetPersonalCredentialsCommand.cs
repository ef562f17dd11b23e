using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.ForgetPersonalCredentials;

/// <summary>Destroys a person's own credentials on one connection, or (<paramref name="WorkspaceId"/>) on every
/// connection of a workspace they leave. Answers how many were destroyed.</summary>
public sealed record ForgetPersonalCredentialsCommand(UserId UserId, ConnectionId? ConnectionId = null,
    WorkspaceId? WorkspaceId = null) : ICommand<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
