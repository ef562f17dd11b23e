using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Common.Validation;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Access.Projects;

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
