using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Identity.Contracts.RegisterUser;

/// <summary>Registers a person. Without a password the user is invited: <see cref="RegisteredUser.InvitationToken"/> is
/// then a one-time link token with which they choose one (unless <paramref name="Invite"/> is false: SSO users).</summary>
public sealed record RegisterUserCommand(string Email, string? Password, bool Invite = true) : ICommand<RegisteredUser>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => $"{nameof(RegisterUserCommand)} {{ Email = {Email} }}";
}
