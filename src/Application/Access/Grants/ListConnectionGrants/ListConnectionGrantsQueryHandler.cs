using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Mediator;

namespace Deepnote.Application.Access.Grants.ListConnectionGrants;

internal sealed class ListConnectionGrantsQueryHandler(IGrantReader grants)
    : IQueryHandler<ListConnectionGrantsQuery, Page<ConnectionGrantDto>>
{
    public async ValueTask<Page<ConnectionGrantDto>> Handle(ListConnectionGrantsQuery query, CancellationToken ct)
    {
        Paging.TryDecodeCursor(query.After, Paging.OffsetCursor, out var offset);
        return await grants.ListGrantsAsync(query.ConnectionId, Paging.Size(query.First), offset, ct);
    }
}
