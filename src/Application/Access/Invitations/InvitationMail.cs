using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Identity.Contracts.FindUserById;
using Deepnote.Application.Identity.Contracts.MailInvitation;
using Deepnote.Domain.Access.Workspaces;
using Deepnote.Domain.Access.Workspaces.Invitations;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Invitations;

/// <summary>The last step of inviting anyone: mail the invitation (in the request's transaction, so a mail that
/// cannot be sent leaves no invitation behind) and answer the inviter the same way whoever the address belongs to.</summary>
internal static class InvitationMail
{
    public static async Task<InvitationDto> SendAsync(ISender sender, Workspace workspace, PendingInvitation invitation,
        string email, string? projectName, CancellationToken ct)
    {
        var inviter = await sender.Send(new FindUserByIdQuery(invitation.InvitedBy), ct);
        await sender.Send(new MailInvitationCommand(invitation.Id, email, workspace.Name, projectName,
            inviter?.Email, invitation.ExpiresAt), ct);
        return new InvitationDto(invitation.Id, EmailAddress.Normalize(email), workspace.Id, workspace.Name, invitation.Role,
            invitation.ProjectId, projectName, invitation.Access, InvitationStatus.Pending, inviter?.Email,
            invitation.ExpiresAt);
    }
}
