using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Common.Validation;
using Deepnote.Application.Identity.Contracts;
using Mediator;

namespace Deepnote.Application.Identity.Sessions.SignIn;

/// <summary>Signs in with a password. Text PostgreSQL cannot store in the address is a failed attempt like any other
/// (recorded and counted) before it is answered VALIDATION_FAILED.</summary>
public sealed record SignInCommand(string Email, string Password) : ICommand<SignInResult>, IAuthorizedRequest,
    IChecksItsOwnText
{
    public const string UnstorableEmail = "unstorable_email";

    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;

    public override string ToString() => $"{nameof(SignInCommand)} {{ Email = {Email} }}";
}
