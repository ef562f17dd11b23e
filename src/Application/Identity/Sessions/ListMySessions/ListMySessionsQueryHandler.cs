using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Ports;
using Mediator;

namespace Deepnote.Application.Identity.Sessions.ListMySessions;

internal sealed class ListMySessionsQueryHandler(ISessionStore sessions, ICurrentActor actor)
    : IQueryHandler<ListMySessionsQuery, Page<SessionDto>>
{
    public async ValueTask<Page<SessionDto>> Handle(ListMySessionsQuery query, CancellationToken ct) =>
        Paging.Slice(await sessions.ListAsync(actor.RequireUser(), query.CurrentToken, ct), query.First, query.After);
}
