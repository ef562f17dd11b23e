using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Identity.Contracts.FindAddress;
using Deepnote.Domain.Access.Workspaces;
using Deepnote.Domain.Access.Workspaces.Invitations;
using Mediator;

namespace Deepnote.Application.Access.Invitations.DeclineWorkspaceInvitation;

internal sealed class DeclineWorkspaceInvitationCommandHandler(ISender sender, IEventStore events,
    IInvitationReader invitations, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<DeclineWorkspaceInvitationCommand, InvitationDto>
{
    public async ValueTask<InvitationDto> Handle(DeclineWorkspaceInvitationCommand command, CancellationToken ct)
    {
        var invitee = await Invitee.RequireAsync(sender, actor, ct);
        var found = await invitations.GetAsync(command.InvitationId, ct) ?? throw new InvitationNotFoundException();
        var workspace = await events.LoadAsync<Workspace>(found.WorkspaceId, ct);
        var address = await sender.Send(new FindAddressQuery(invitee.Email), ct);
        workspace.Decline(command.InvitationId, invitee.Id, address, invitee.Email, clock.GetUtcNow());
        await events.SaveAsync(workspace, ct);
        return found with { Status = InvitationStatus.Declined };
    }
}
