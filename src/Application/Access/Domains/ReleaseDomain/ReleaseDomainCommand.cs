using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Domains.ReleaseDomain;

/// <summary>An ADMIN gives up a claimed or verified domain; single sign-on and enforcement stop covering it.</summary>
public sealed record ReleaseDomainCommand(WorkspaceId WorkspaceId, string Domain) : ICommand<string>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);
}
