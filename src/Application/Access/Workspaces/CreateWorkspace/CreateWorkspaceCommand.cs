using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.CreateWorkspace;

/// <summary>Any signed-in person may create a workspace; they become its ADMIN.</summary>
public sealed record CreateWorkspaceCommand(string Name) : ICommand<WorkspaceId>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Person;
}
