using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Invitations;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RecordAddress;
using Deepnote.Domain.Access.Workspaces;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.InviteMember;

internal sealed class InviteMemberCommandHandler(ISender sender, IEventStore events, ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<InviteMemberCommand, InvitationDto>
{
    public async ValueTask<InvitationDto> Handle(InviteMemberCommand command, CancellationToken ct)
    {
        var workspace = await events.LoadAsync<Workspace>(command.WorkspaceId, ct);
        var existing = await sender.Send(new FindUserByEmailQuery(command.Email), ct);
        var invitation = workspace.InviteMember(await sender.Send(new RecordAddressCommand(command.Email), ct), command.Role, existing?.Id, actor.RequireUser(),
            clock.GetUtcNow());
        await events.SaveAsync(workspace, ct);
        return await InvitationMail.SendAsync(sender, workspace, invitation, command.Email, projectName: null, ct);
    }
}
