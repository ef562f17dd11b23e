using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Access.Projects;
using Deepnote.Application.Identity.Contracts.FindAddress;
using Deepnote.Domain.Access.Projects;
using Deepnote.Domain.Access.Workspaces;
using Deepnote.Domain.Access.Workspaces.Invitations;
using Mediator;

namespace Deepnote.Application.Access.Contracts.AcceptInvitationFor;

internal sealed class AcceptInvitationForCommandHandler(ISender sender, IEventStore events, IInvitationReader invitations, IAccessFacts facts,
    TimeProvider clock)
    : ICommandHandler<AcceptInvitationForCommand, InvitationDto>
{
    public async ValueTask<InvitationDto> Handle(AcceptInvitationForCommand command, CancellationToken ct)
    {
        var found = await invitations.GetAsync(command.InvitationId, ct) ?? throw new InvitationNotFoundException();
        if (found.ProjectId is not null && await facts.GetRoleAsync(found.WorkspaceId, command.UserId, ct) is not null)
        {
            throw new GuestIsMemberException(); // joined meanwhile: their role decides, a guest share would override it
        }

        var workspace = await events.LoadAsync<Workspace>(found.WorkspaceId, ct);
        var now = clock.GetUtcNow();
        var address = await sender.Send(new FindAddressQuery(command.Email), ct);
        var accepted = workspace.Accept(command.InvitationId, command.UserId, address, command.Email, now);
        await events.SaveAsync(workspace, ct);
        if (accepted is { ProjectId: { } projectId, Access: { } access })
        {
            var project = await events.LoadAsync<Project>(projectId, ct);
            project.AddGuest(command.UserId, access, accepted.InvitedBy, now);
            await events.SaveAsync(project, ct);
        }

        return found with { Status = InvitationStatus.Accepted };
    }
}
