using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Audit.Ports;
using Deepnote.Application.Common;
using Mediator;

namespace Deepnote.Application.Audit.Events.GetAuditEvents;

internal sealed class GetAuditEventsQueryHandler(IAuditLog auditLog)
    : IQueryHandler<GetAuditEventsQuery, Page<AuditEventDto>>
{
    public async ValueTask<Page<AuditEventDto>> Handle(GetAuditEventsQuery query, CancellationToken ct)
    {
        Paging.TryDecodeCursor(query.After, GetAuditEventsQuery.CursorKind, out var before);
        return await auditLog.QueryAsync(query.WorkspaceId.Value, query.Filter, query.After is null ? null : before,
            Paging.Size(query.First), ct);
    }
}
