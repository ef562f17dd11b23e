using Deepnote.Application.Common;
using Deepnote.Application.Execution.Ports;
using Mediator;

namespace Deepnote.Application.Execution.Executions.ListProjectExecutions;

internal sealed class ListProjectExecutionsQueryHandler(IExecutionReader reader)
    : IQueryHandler<ListProjectExecutionsQuery, Page<ExecutionDto>>
{
    public async ValueTask<Page<ExecutionDto>> Handle(ListProjectExecutionsQuery query, CancellationToken ct)
    {
        Paging.TryDecodeCursor(query.After, Paging.OffsetCursor, out var offset);
        return await reader.ListForProjectAsync(query.ProjectId, Paging.Size(query.First), offset, ct);
    }
}
