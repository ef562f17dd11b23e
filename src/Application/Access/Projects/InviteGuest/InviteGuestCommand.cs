using Deepnote.Application.Access.Projects.ShareProject;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Projects.InviteGuest;

/// <summary>FULL_ACCESS invites a guest to one project: someone with no role in the workspace (a new person gets a
/// one-time invitation link). Members are shared with <see cref="ShareProjectCommand"/> instead.</summary>
public sealed record InviteGuestCommand(ProjectId ProjectId, string Email, ProjectAccess Access) : ICommand<string?>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.FullAccess);
}
