using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Projects.AttachConnection;

/// <summary>EDIT and above, and only with a data-access grant on the connection (of the same workspace).</summary>
public sealed record AttachConnectionCommand(ProjectId ProjectId, ConnectionId ConnectionId) : ICommand<bool>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.Edit);
}
