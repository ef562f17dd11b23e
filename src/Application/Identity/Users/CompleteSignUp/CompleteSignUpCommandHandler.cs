using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Ports;
using Deepnote.Application.Identity.Sessions;
using Deepnote.Domain.Identity.Users;
using Mediator;

namespace Deepnote.Application.Identity.Users.CompleteSignUp;

internal sealed class CompleteSignUpCommandHandler(ISender sender, IEventStore events, IOneTimeTokenStore tokens,
    AccountLog log, TimeProvider clock) : ICommandHandler<CompleteSignUpCommand, SignInResult>
{
    public async ValueTask<SignInResult> Handle(CompleteSignUpCommand command, CancellationToken ct)
    {
        if (await tokens.ConsumeAsync(TokenPurposes.SignUp, command.Token, ct) is not { Email: { } email })
        {
            throw new NotFoundException("This sign-up link is unknown, used or expired. Ask for a new one.");
        }

        await SsoOnlyAddress.RefuseAsync(sender, email, ct);
        var registered = await sender.Send(new RegisterUserCommand(email, command.Password), ct);
        var user = await events.AggregateStreamAsync<User>(registered.UserId.Value, ct)
            ?? throw new InvalidOperationException("The new account has no stream.");
        user.RecordSignUp(clock.GetUtcNow());
        await events.SaveAsync(user, ct);
        return await log.StartSessionAsync(registered.UserId, "sign-up link", ct);
    }
}
