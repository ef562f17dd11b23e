using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Access;
using Mediator;

namespace Deepnote.Application.Identity.ApiTokens.ListApiTokens;

internal sealed class ListApiTokensQueryHandler(IApiTokenStore tokens, ISender sender, ICurrentActor actor)
    : IQueryHandler<ListApiTokensQuery, Page<ApiTokenDto>>
{
    public async ValueTask<Page<ApiTokenDto>> Handle(ListApiTokensQuery query, CancellationToken ct)
    {
        Paging.TryDecodeCursor(query.After, Paging.OffsetCursor, out var offset);
        var admin = await sender.Send(new GetMyRoleQuery(query.WorkspaceId), ct) == WorkspaceRole.Admin;
        return await tokens.ListAsync(query.WorkspaceId, admin ? null : actor.RequireUser(),
            Paging.Size(query.First), offset, ct);
    }
}
