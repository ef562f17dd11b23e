using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Ports;
using Deepnote.Application.Identity.Sessions;
using Mediator;

namespace Deepnote.Application.Identity.Setup.CompleteSetup;

internal sealed class CompleteSetupCommandHandler(ISender sender, IUserReader users, IOneTimeTokenStore tokens,
    AccountLog log)
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

        return await log.StartSessionAsync(registered.UserId, "setup", ct);
    }
}
