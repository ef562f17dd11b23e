using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.ListMyWorkspaces;

/// <summary>The workspaces the signed-in person belongs to, by name.</summary>
public sealed record ListMyWorkspacesQuery(int? First, string? After) : IQuery<Page<WorkspaceDto>>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.SignedIn;
}
