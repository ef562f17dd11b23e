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
    /// <summary>An ADMIN sees every member's tokens, anyone else only their own.</summary>
    public async ValueTask<Page<ApiTokenDto>> Handle(ListApiTokensQuery query, CancellationToken ct) =>
        await tokens.ListAsync(query.WorkspaceId,
            await sender.Send(new GetMyRoleQuery(query.WorkspaceId), ct) == WorkspaceRole.Admin ? null : actor.RequireUser(),
            Paging.Size(query.First), Paging.Offset(query.After), ct);
}
