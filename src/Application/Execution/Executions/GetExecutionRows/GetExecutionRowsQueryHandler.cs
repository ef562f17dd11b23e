using System.Buffers;
using System.Text.Json;
using Deepnote.Application.Abstractions;
using Deepnote.Application.Execution.Ports;
using Deepnote.Application.Execution.Running;
using Mediator;

namespace Deepnote.Application.Execution.Executions.GetExecutionRows;

/// <summary>The same checks as reading the run: its owner, still allowed (else the result is dropped here).</summary>
internal sealed class GetExecutionRowsQueryHandler(ExecutionRegistry registry, IExecutionCluster cluster, RunRights rights,
    ICurrentActor actor) : IQueryHandler<GetExecutionRowsQuery, RowsJson?>
{
    public async ValueTask<RowsJson?> Handle(GetExecutionRowsQuery query, CancellationToken ct)
    {
        var user = actor.RequireUser();
        if (registry.Find(query.ExecutionId, user, actor.TokenWorkspace) is not { Published: true } run)
        {
            return query.HereOnly ? null
                : await cluster.PageAsync(query.ExecutionId, ActorSnapshot.Of(actor), query.Offset, query.Limit, ct);
        }

        if (!await rights.KeepAsync(run, ct)) return null;

        var rows = run.Work.IsCompletedSuccessfully ? run.Work.Result.Rows : [];
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer)) ResultCodec.WriteRows(json, rows, query.Offset, query.Limit);
        return new RowsJson(Math.Max(0, Math.Min(query.Limit, rows.Count - query.Offset)), buffer.WrittenSpan.ToArray());
    }
}
