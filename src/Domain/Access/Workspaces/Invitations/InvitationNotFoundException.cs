using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Invitations;

/// <summary>Unknown, answered, revoked, expired, or addressed to someone else: the caller learns none of these apart.</summary>
public sealed class InvitationNotFoundException()
    : DomainException("This invitation is unknown, already answered or expired. Ask for a new one.", DomainErrorKind.NotFound);
