using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Domains.VerifyDomain;

/// <summary>An ADMIN asks to check the claim now: the TXT record <c>deepnote-verification=&lt;token&gt;</c> at
/// <c>_deepnote.&lt;domain&gt;</c> or at the domain itself proves it, unless another workspace owns the domain.</summary>
public sealed record VerifyDomainCommand(WorkspaceId WorkspaceId, string Domain) : ICommand<WorkspaceDomainDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);
}
