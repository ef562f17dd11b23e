using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Identity.Contracts.RegisterUser;

/// <summary>Registers a person whose control of the address was proven by the caller (a mailed link, the operator's
/// set-up, or a provider of a verified domain). Without a password the account signs in through single sign-on only.</summary>
public sealed record RegisterUserCommand(string Email, string? Password) : ICommand<RegisteredUser>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => $"{nameof(RegisterUserCommand)} {{ Email = {Email} }}";
}
