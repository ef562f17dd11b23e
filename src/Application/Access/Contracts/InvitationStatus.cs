namespace Deepnote.Application.Access.Contracts;

public enum InvitationStatus
{
    Pending,
    Accepted,
    Declined,
    Revoked,
    Expired,
}
