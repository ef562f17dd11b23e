using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Invitations;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RecordAddress;
using Deepnote.Domain.Access.Projects;
using Deepnote.Domain.Access.Workspaces;
using Mediator;

namespace Deepnote.Application.Access.Projects.InviteGuest;

internal sealed class InviteGuestCommandHandler(ISender sender, IEventStore events, IAccessFacts facts,
    ICurrentActor actor, TimeProvider clock) : ICommandHandler<InviteGuestCommand, InvitationDto>
{
    public async ValueTask<InvitationDto> Handle(InviteGuestCommand command, CancellationToken ct)
    {
        var project = await events.LoadAsync<Project>(command.ProjectId, ct);
        var existing = await sender.Send(new FindUserByEmailQuery(command.Email), ct);
        if (existing is not null && await facts.GetRoleAsync(project.WorkspaceId, existing.Id, ct) is not null)
        {
            throw new GuestIsMemberException();
        }

        var workspace = await events.LoadAsync<Workspace>(project.WorkspaceId, ct);
        var invitation = workspace.InviteGuest(await sender.Send(new RecordAddressCommand(command.Email), ct), project.Id, command.Access, actor.RequireUser(),
            clock.GetUtcNow());
        await events.SaveAsync(workspace, ct);
        return await InvitationMail.SendAsync(sender, workspace, invitation, command.Email, project.Name, ct);
    }
}
