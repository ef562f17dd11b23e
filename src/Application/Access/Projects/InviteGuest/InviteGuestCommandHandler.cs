using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Mediator;

namespace Deepnote.Application.Access.Projects.InviteGuest;

internal sealed class InviteGuestCommandHandler(ISender sender, IEventStore events, IAccessFacts facts,
    ICurrentActor actor, TimeProvider clock) : ICommandHandler<InviteGuestCommand, string?>
{
    public async ValueTask<string?> Handle(InviteGuestCommand command, CancellationToken ct)
    {
        var project = await events.LoadProjectAsync(command.ProjectId, ct);
        var existing = await sender.Send(new FindUserByEmailQuery(command.Email), ct);
        if (existing is not null && await facts.GetRoleAsync(project.WorkspaceId, existing.Id, ct) is not null)
        {
            throw new GuestIsMemberException();
        }

        var registered = existing is null ? await sender.Send(new RegisterUserCommand(command.Email, null), ct) : null;
        project.AddGuest(existing?.Id ?? registered!.UserId, command.Access, actor.RequireUser(),
            clock.GetUtcNow());
        await events.SaveAsync(project, ct);
        return registered?.InvitationToken;
    }
}
