using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Projects.ShareProject;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Projects.InviteGuest;

/// <summary>FULL_ACCESS invites a guest to one project: someone with no role in the workspace. The invitation is
/// mailed and waits for the person's consent, like a member invitation. Members are shared with
/// <see cref="ShareProjectCommand"/> instead.</summary>
public sealed record InviteGuestCommand(ProjectId ProjectId, string Email, ProjectAccess Access) : ICommand<InvitationDto>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.FullAccess);
}
