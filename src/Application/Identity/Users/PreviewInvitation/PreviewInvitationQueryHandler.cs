using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Contracts.GetInvitation;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Mediator;

namespace Deepnote.Application.Identity.Users.PreviewInvitation;

internal sealed class PreviewInvitationQueryHandler(ISender sender, IOneTimeTokenStore tokens)
    : IQueryHandler<PreviewInvitationQuery, InvitationDto>
{
    public async ValueTask<InvitationDto> Handle(PreviewInvitationQuery query, CancellationToken ct)
    {
        // The same answer for an unknown, used or expired link and for a revoked or answered invitation.
        var unknown = new NotFoundException("This invitation link is unknown, used or expired. Ask for a new one.");
        if (await tokens.PeekAsync(TokenPurposes.Invitation, query.Token, ct) is not { Subject: { } id })
        {
            throw unknown;
        }

        return await sender.Send(new GetInvitationQuery(id), ct) is { Status: InvitationStatus.Pending } invitation
            ? invitation
            : throw unknown;
    }
}
