using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Audit.Ports;
using Mediator;

namespace Deepnote.Application.Audit.Events.ListAuditEventTypes;

internal sealed class ListAuditEventTypesQueryHandler(IAuditEventTypes types)
    : IQueryHandler<ListAuditEventTypesQuery, IReadOnlyList<AuditEventTypeGroup>>
{
    public ValueTask<IReadOnlyList<AuditEventTypeGroup>> Handle(ListAuditEventTypesQuery query, CancellationToken ct) =>
        ValueTask.FromResult(types.Groups);
}
