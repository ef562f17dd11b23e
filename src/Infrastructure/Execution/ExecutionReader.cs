using Deepnote.Application.Common;
using Deepnote.Application.Execution;
using Deepnote.Application.Execution.Ports;
using Deepnote.Application.Execution.Running;
using Deepnote.Domain.Execution;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;
using Npgsql;

namespace Deepnote.Infrastructure.Execution;

internal sealed class ExecutionReader(NpgsqlUnitOfWork uow) : IExecutionReader
{
    private const string Columns = """
        select execution_id, project_id, block_id, connection_id, actor_id, status, row_count, bytes, truncated,
               cache_hit, duration_ms, error_code, finished_at, workspace_id, error_class, transport
        from executions
        """;

    public Task<ExecutionDto?> GetAsync(ExecutionId execution, CancellationToken ct) =>
        uow.QuerySingleAsync($"{Columns} where execution_id = $1", Map, ct, execution.Value);

    public async Task<Page<ExecutionDto>> ListForProjectAsync(ProjectId project, int size, long offset, CancellationToken ct)
    {
        var rows = await uow.QueryAsync($"""
            {Columns}
            where project_id = $1
            order by finished_at desc, execution_id desc
            limit $2 offset $3
            """, Map, ct, project.Value, size + 1, offset);
        return Paging.ToPage(rows, size, offset);
    }

    /// <summary>The record keeps codes, not texts (texts may quote data); a few codes have a sentence of their own.</summary>
    private static string? ErrorText(string? code) => code switch
    {
        null => null,
        Application.Execution.Executions.RecordLostRun.RecordLostRunCommand.Code =>
            "The server running this query stopped before it finished, so its result is lost. Run it again.",
        _ => $"The query failed ({code}).",
    };

    private static ExecutionDto Map(NpgsqlDataReader r)
    {
        var status = Enum.Parse<ExecutionStatus>(r.GetString(5), ignoreCase: true);
        var errorCode = r.GetNullable<string>(11);
        return new ExecutionDto(new ExecutionId(r.GetGuid(0)), new WorkspaceId(r.GetGuid(13)), new ProjectId(r.GetGuid(1)),
            r.IsDBNull(2) ? null : new BlockId(r.GetGuid(2)), new ConnectionId(r.GetGuid(3)), new UserId(r.GetGuid(4)),
            status, [], [], r.GetInt64(6), r.GetInt64(7), r.GetBoolean(8), r.GetBoolean(9), r.GetDouble(10),
            status == ExecutionStatus.Cancelled ? CancelReasons.Message(errorCode) : ErrorText(errorCode), false, r.GetFieldValue<DateTimeOffset>(12),
            r.GetNullable<string>(14), r.GetNullable<string>(15));
    }
}
