using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Audit.Ports;
using Mediator;

namespace Deepnote.Application.Audit.Events.GetAuditEvent;

/// <summary>The page reader with the sequence as its upper bound: the same rows, people and metadata as the list shows.</summary>
internal sealed class GetAuditEventQueryHandler(IAuditLog auditLog) : IQueryHandler<GetAuditEventQuery, AuditEventDto?>
{
    public async ValueTask<AuditEventDto?> Handle(GetAuditEventQuery query, CancellationToken ct)
    {
        if (query.Sequence is <= 0 or long.MaxValue) return null;
        var page = await auditLog.QueryAsync(query.WorkspaceId.Value, AuditFilter.None, query.Sequence + 1, 1, ct);
        return page.Items is [{ Node: { } only }] && only.Sequence == query.Sequence ? only : null;
    }
}
