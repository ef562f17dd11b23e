using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Audit.Ports;
using Mediator;

namespace Deepnote.Application.Audit.Events.GetAuditActivity;

internal sealed class GetAuditActivityQueryHandler(IAuditActivityReader reader, TimeProvider clock)
    : IQueryHandler<GetAuditActivityQuery, AuditActivityDto>
{
    public async ValueTask<AuditActivityDto> Handle(GetAuditActivityQuery query, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return await reader.ReadAsync(query.WorkspaceId.Value, today.AddDays(1 - query.Days), ct);
    }
}
