using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Mediator;

namespace Deepnote.Application.Identity.Setup.CompleteSetup;

/// <summary>Creates the first admin and the workspace named <c>Default</c> with the one-time set-up token.</summary>
public sealed record CompleteSetupCommand(string Token, string Email, string Password) : ICommand<SignInResult>,
    IAuthorizedRequest
{
    public const string DefaultWorkspaceName = "Default";

    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;

    public override string ToString() => $"{nameof(CompleteSetupCommand)} {{ Email = {Email} }}";
}
