using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Mediator;

namespace Deepnote.Application.Access.Invitations.ListMyInvitations;

internal sealed class ListMyInvitationsQueryHandler(ISender sender, IInvitationReader invitations, ICurrentActor actor)
    : IQueryHandler<ListMyInvitationsQuery, IReadOnlyList<InvitationDto>>
{
    public async ValueTask<IReadOnlyList<InvitationDto>> Handle(ListMyInvitationsQuery query, CancellationToken ct) =>
        await invitations.ListPendingForEmailAsync((await Invitee.RequireAsync(sender, actor, ct)).Email, ct);
}
