using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Identity.Contracts.MailInvitation;

/// <summary>Mails an invitation to its address: a link that creates the account when the address has none, or a
/// pointer to sign in and answer otherwise. The inviter learns neither, and no link is returned.</summary>
public sealed record MailInvitationCommand(Guid InvitationId, string Email, string WorkspaceName, string? ProjectName,
    string? InviterEmail, DateTimeOffset ExpiresAt) : ICommand<Unit>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => $"{nameof(MailInvitationCommand)} {{ {InvitationId} }}";
}
