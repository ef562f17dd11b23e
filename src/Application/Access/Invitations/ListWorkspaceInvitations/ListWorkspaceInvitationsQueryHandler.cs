using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Mediator;

namespace Deepnote.Application.Access.Invitations.ListWorkspaceInvitations;

internal sealed class ListWorkspaceInvitationsQueryHandler(IInvitationReader invitations)
    : IQueryHandler<ListWorkspaceInvitationsQuery, IReadOnlyList<InvitationDto>>
{
    public async ValueTask<IReadOnlyList<InvitationDto>> Handle(ListWorkspaceInvitationsQuery query, CancellationToken ct) =>
        await invitations.ListPendingForWorkspaceAsync(query.WorkspaceId, ct);
}
