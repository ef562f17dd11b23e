using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Invitations;

/// <summary>An invitation not yet answered: for a role in the workspace, or (with a project) as a guest there. It is
/// for <see cref="Address"/>, or for <see cref="LegacyEmail"/> when issued before addresses left the log.</summary>
public sealed record PendingInvitation(Guid Id, AddressId? Address, string? LegacyEmail, WorkspaceRole? Role,
    ProjectId? ProjectId, ProjectAccess? Access, UserId InvitedBy, DateTimeOffset ExpiresAt)
{
    public bool IsGuest => ProjectId is not null;

    /// <summary>Whether the invitation is for the person whose address is <paramref name="address"/> in the directory
    /// (<paramref name="email"/> decides only for invitations issued before).</summary>
    public bool IsFor(AddressId? address, string email) =>
        Address is { } invited ? invited == address : LegacyEmail == EmailAddress.Normalize(email);

    public bool IsForSameAddressAs(PendingInvitation other) =>
        Address is { } address ? address == other.Address : LegacyEmail is not null && LegacyEmail == other.LegacyEmail;
}
