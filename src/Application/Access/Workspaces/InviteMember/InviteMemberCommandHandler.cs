using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.InviteMember;

internal sealed class InviteMemberCommandHandler(ISender sender, IEventStore events, ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<InviteMemberCommand, InvitedMember>
{
    public async ValueTask<InvitedMember> Handle(InviteMemberCommand command, CancellationToken ct)
    {
        var inviter = actor.RequireUser();
        var workspace = await events.LoadWorkspaceAsync(command.WorkspaceId, ct);

        var existing = await sender.Send(new FindUserByEmailQuery(command.Email), ct);
        var (userId, email, token) = existing is not null
            ? (existing.Id, existing.Email, null)
            : await RegisterAsync(command.Email, ct);

        var now = clock.GetUtcNow();
        workspace.Invite(userId, command.Role, inviter, now);
        await events.SaveAsync(workspace, ct);

        return new InvitedMember(new MemberDto(userId, email, command.Role, now), token);
    }

    private async Task<(UserId, string, string?)> RegisterAsync(string email,
        CancellationToken ct)
    {
        var registered = await sender.Send(new RegisterUserCommand(email, Password: null), ct);
        return (registered.UserId, EmailAddress.Normalize(email), registered.InvitationToken);
    }
}
