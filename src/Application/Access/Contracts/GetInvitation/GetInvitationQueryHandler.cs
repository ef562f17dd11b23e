using Deepnote.Application.Access.Ports;
using Mediator;

namespace Deepnote.Application.Access.Contracts.GetInvitation;

internal sealed class GetInvitationQueryHandler(IInvitationReader invitations) : IQueryHandler<GetInvitationQuery, InvitationDto?>
{
    public async ValueTask<InvitationDto?> Handle(GetInvitationQuery query, CancellationToken ct) =>
        await invitations.GetAsync(query.InvitationId, ct);
}
