using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Connections.ListProjectConnections;

/// <summary>The connections attached to a project, for anyone who may VIEW it (names and engines; using one still
/// needs a grant).</summary>
public sealed record ListProjectConnectionsQuery(ProjectId ProjectId) : IQuery<IReadOnlyList<ConnectionDto>>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.View);
}
