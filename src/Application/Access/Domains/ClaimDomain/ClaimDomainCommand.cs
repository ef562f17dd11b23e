using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Domains.ClaimDomain;

/// <summary>An ADMIN claims an e-mail domain for the workspace; the answer names the DNS TXT record that proves it.
/// A claim gives no power until verified.</summary>
public sealed record ClaimDomainCommand(WorkspaceId WorkspaceId, string Domain) : ICommand<WorkspaceDomainDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);
}
