using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Domain.Access.Workspaces;
using Deepnote.Domain.Access.Workspaces.Invitations;
using Mediator;

namespace Deepnote.Application.Access.Invitations.RevokeInvitation;

internal sealed class RevokeInvitationCommandHandler(IEventStore events, IInvitationReader invitations, ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<RevokeInvitationCommand, InvitationDto>
{
    public async ValueTask<InvitationDto> Handle(RevokeInvitationCommand command, CancellationToken ct)
    {
        var found = await invitations.GetAsync(command.InvitationId, ct) ?? throw new InvitationNotFoundException();
        var workspace = await events.LoadAsync<Workspace>(found.WorkspaceId, ct);
        workspace.RevokeInvitation(command.InvitationId, actor.RequireUser(), clock.GetUtcNow());
        await events.SaveAsync(workspace, ct);
        return found with { Status = InvitationStatus.Revoked };
    }
}
