using Deepnote.Api.GraphQL.Access;
using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Execution;
using Deepnote.Application.Abstractions;
using Deepnote.Application.Execution.CancelExecution;
using Deepnote.Application.Execution.ExecuteQuery;
using Deepnote.Application.Execution.GetExecution;
using Deepnote.Domain.Execution;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

namespace Deepnote.Api.GraphQL.Execution;

public sealed class ColumnGraphType : ObjectGraphType<QueryColumn>
{
    public ColumnGraphType()
    {
        Name = "Column";
        Field(c => c.Name);
        Field(c => c.Type).Description("The engine's type name (int4, text, VARCHAR ...).");
    }
}

/// <summary>A run. Rows are paged from memory and only for the person who ran it.</summary>
public sealed class ExecutionGraphType : ObjectGraphType<ExecutionDto>
{
    public const int MaxRowsPerPage = 10_000;

    public ExecutionGraphType()
    {
        Name = "Execution";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.Value);
        Field<NonNullGraphType<StringGraphType>>("status").Description("RUNNING, SUCCEEDED, FAILED or CANCELLED.")
            .Resolve(c => Status(c.Source.Status));
        Field<NonNullGraphType<IdGraphType>>("projectId").Resolve(c => c.Source.ProjectId.Value);
        Field<IdGraphType>("blockId").Resolve(c => c.Source.BlockId?.Value);
        Field<NonNullGraphType<IdGraphType>>("connectionId").Resolve(c => c.Source.ConnectionId.Value);
        Field<NonNullGraphType<IdGraphType>>("actorId").Resolve(c => c.Source.ActorId.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ColumnGraphType>>>>("columns").Resolve(c => c.Source.Columns);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<JsonScalar>>>>>("rows")
            .Description($"A page of the result held in memory (limit at most {MaxRowsPerPage}); empty once dropped.")
            .Argument<IntGraphType>("offset", "Rows to skip (default 0).")
            .Argument<IntGraphType>("limit", "At most this many rows (default 1000).")
            .WithMetadata(RawListExecution.Metadata, true)
            .Resolve(c =>
            {
                var offset = c.GetArgument<int?>("offset") ?? 0;
                var limit = c.GetArgument<int?>("limit") ?? 1000;
                if (offset < 0) throw DeepnoteError.InvalidField("offset", "Must not be negative.");
                if (limit is < 0 or > MaxRowsPerPage) throw DeepnoteError.InvalidField("limit", $"Must lie between 0 and {MaxRowsPerPage}.");
                return new RowsPage(c.Source.Rows, offset, limit);
            });
        Field<NonNullGraphType<IntGraphType>>("rowCount").Resolve(c => (int)c.Source.RowCount);
        Field<NonNullGraphType<FloatGraphType>>("bytes").Description("About the size of the result as JSON.")
            .Resolve(c => (double)c.Source.Bytes);
        Field(e => e.Truncated).Description("The row or byte limit was reached; the rest was not read.");
        Field(e => e.CacheHit).Description("Served from the encrypted result cache.");
        Field(e => e.DurationMs);
        Field(e => e.Error, nullable: true);
        Field(e => e.RowsAvailable).Description("Whether the rows are still held in memory for you.");
        Field<DateTimeScalar>("finishedAt").Resolve(c => c.Source.FinishedAt);
    }

    private static string Status(ExecutionStatus status) => status.ToString().ToUpperInvariant();
}

public sealed class ExecutionPayloadGraphType : ObjectGraphType<ExecutionDto>
{
    public ExecutionPayloadGraphType()
    {
        Name = "ExecutionPayload";
        Field<NonNullGraphType<ExecutionGraphType>>("execution").Resolve(c => c.Source);
    }
}

public sealed class ExecuteQueryInput
{
    public string ProjectId { get; set; } = "";
    public string? BlockId { get; set; }
    public string? ConnectionId { get; set; }
    public string? Sql { get; set; }
    public int? MaxRows { get; set; }
    public int? TimeoutSeconds { get; set; }
    public bool? BypassCache { get; set; }
    public int? WaitSeconds { get; set; }
}

public sealed class ExecuteQueryInputGraphType : InputObjectGraphType<ExecuteQueryInput>
{
    public ExecuteQueryInputGraphType()
    {
        Name = "ExecuteQueryInput";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<IdGraphType>("blockId").Description("A saved block (needs EXECUTE).");
        Field<IdGraphType>("connectionId").Description("With sql: ad-hoc SQL (needs EDIT).");
        Field<StringGraphType>("sql");
        Field<IntGraphType>("maxRows");
        Field<IntGraphType>("timeoutSeconds");
        Field<BooleanGraphType>("bypassCache");
        Field<IntGraphType>("waitSeconds").Description("How long to wait before answering RUNNING (default 5).");
    }
}

/// <summary>The execution module's fields: running SQL, polling and cancelling a run.</summary>
public static class ExecutionSchema
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<ExecutionGraphType>("execution")
            .Description("One of your own runs (another person's is NOT_FOUND).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.SendAsync(new GetExecutionQuery(new ExecutionId(c.GetId("id")))));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ExecutionPayloadGraphType>>("executeQuery")
            .Argument<NonNullGraphType<ExecuteQueryInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<ExecuteQueryInput>("input");
                return await c.SendAsync(new ExecuteQueryCommand(new ProjectId(ParseId(i.ProjectId, "projectId")),
                    i.BlockId is null ? null : new BlockId(ParseId(i.BlockId, "blockId")),
                    i.ConnectionId is null ? null : new ConnectionId(ParseId(i.ConnectionId, "connectionId")),
                    i.Sql, i.MaxRows, i.TimeoutSeconds, i.BypassCache ?? false, i.WaitSeconds));
            });

        mutation.Field<NonNullGraphType<CancelExecutionPayloadGraphType>>("cancelExecution")
            .Description("Stops one of your running queries in the database; `cancelled` is false when it had already finished.")
            .Input("CancelExecutionInput", i => i.Required<IdGraphType>("executionId"))
            .ResolveAsync(async c =>
            {
                var id = new ExecutionId(c.Input().Id("executionId"));
                var cancelled = await c.SendAsync(new CancelExecutionCommand(id));
                return new CancelExecutionPayload(cancelled, await c.SendAsync(new GetExecutionQuery(id)));
            });
    }
}

public sealed record CancelExecutionPayload(bool Cancelled, ExecutionDto? Execution);

public sealed class CancelExecutionPayloadGraphType : ObjectGraphType<CancelExecutionPayload>
{
    public CancelExecutionPayloadGraphType()
    {
        Name = "CancelExecutionPayload";
        Field(p => p.Cancelled).Description("False when the run had already finished.");
        Field<ExecutionGraphType>("execution").Resolve(c => c.Source.Execution);
    }
}

/// <summary>Project.executions, added to the access module's Project type.</summary>
public sealed class ProjectExecutionsField : IObjectTypeExtension<ProjectGraphType>
{
    public void Extend(ProjectGraphType project) =>
        project.Field<NonNullGraphType<ConnectionGraphType<ExecutionGraphType, ExecutionDto>>>("executions")
            .Description("Recent runs, newest first: who ran what and how it ended (no rows).")
            .Paged()
            .ResolveAsync(async c => await c.SendAsync(new Application.Execution.ListExecutions.ListProjectExecutionsQuery(
                c.Source.Id, c.GetArgument<int?>("first"), c.GetArgument<string?>("after"))));
}
