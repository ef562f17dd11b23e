using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Domains.ListDomains;

public sealed record ListDomainsQuery(WorkspaceId WorkspaceId) : IQuery<IReadOnlyList<WorkspaceDomainDto>>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);
}
