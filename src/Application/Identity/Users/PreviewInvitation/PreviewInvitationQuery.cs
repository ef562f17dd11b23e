using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Identity.Users.PreviewInvitation;

/// <summary>What an invitation link is for (the workspace or project, who invited, the role), shown before the
/// invitee chooses a password. Needs the link's token, which it does not use up.</summary>
public sealed record PreviewInvitationQuery(string Token) : IQuery<InvitationDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;

    public override string ToString() => nameof(PreviewInvitationQuery);
}
