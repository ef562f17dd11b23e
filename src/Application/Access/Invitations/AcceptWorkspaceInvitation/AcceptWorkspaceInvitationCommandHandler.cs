using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Contracts.AcceptInvitationFor;
using Mediator;

namespace Deepnote.Application.Access.Invitations.AcceptWorkspaceInvitation;

internal sealed class AcceptWorkspaceInvitationCommandHandler(ISender sender, ICurrentActor actor)
    : ICommandHandler<AcceptWorkspaceInvitationCommand, InvitationDto>
{
    public async ValueTask<InvitationDto> Handle(AcceptWorkspaceInvitationCommand command, CancellationToken ct)
    {
        var invitee = await Invitee.RequireAsync(sender, actor, ct);
        return await sender.Send(new AcceptInvitationForCommand(command.InvitationId, invitee.Id, invitee.Email), ct);
    }
}
