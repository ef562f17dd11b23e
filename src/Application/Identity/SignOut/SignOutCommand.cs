using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Ports;
using Mediator;

namespace Deepnote.Application.Identity.SignOut;

public sealed record SignOutCommand(string SessionToken) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;

    public override string ToString() => nameof(SignOutCommand);
}

internal sealed class SignOutCommandHandler(ISessionStore sessions) : ICommandHandler<SignOutCommand, bool>
{
    public async ValueTask<bool> Handle(SignOutCommand command, CancellationToken ct)
    {
        await sessions.RevokeAsync(command.SessionToken, ct);
        return true;
    }
}
