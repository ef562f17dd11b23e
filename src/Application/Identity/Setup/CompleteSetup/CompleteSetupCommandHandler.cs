using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Mediator;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Contracts.RevokeUserSessions;
using Deepnote.Application.Identity.Sessions.SignIn;
using Deepnote.Application.Identity.Setup.IssueSetupToken;
using Deepnote.Application.Identity.Users.ChangePassword;

namespace Deepnote.Application.Identity.Setup.CompleteSetup;

internal sealed class CompleteSetupCommandHandler(ISender sender, IEventStore events, IUserReader users,
    IOneTimeTokenStore tokens, ISessionStore sessions, TimeProvider clock)
    : ICommandHandler<CompleteSetupCommand, SignInResult>
{
    public async ValueTask<SignInResult> Handle(CompleteSetupCommand command, CancellationToken ct)
    {
        if (await tokens.ConsumeAsync(TokenPurposes.Setup, command.Token, ct) is null || await users.AnyAsync(ct))
        {
            throw new NotFoundException("This set-up link is unknown, used or expired.");
        }

        var registered = await sender.Send(new RegisterUserCommand(command.Email, command.Password), ct);
        await sender.Send(new CreateWorkspaceForOwnerCommand(CompleteSetupCommand.DefaultWorkspaceName,
            registered.UserId), ct);

        return await SignInCommandHandler.StartSessionAsync(events, sessions, registered.UserId, clock, ct);
    }
}
