using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Connections.ListConnections;

/// <summary>An ADMIN sees every connection of the workspace; anyone else only those granted to them.</summary>
public sealed record ListConnectionsQuery(WorkspaceId WorkspaceId, int? First, string? After)
    : IQuery<Page<ConnectionDto>>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceMember(WorkspaceId);
}
