using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Projects;
using Deepnote.Application.Caching.Contracts;
using Deepnote.Application.Caching.InvalidateCache;
using Deepnote.Application.Caching.SetCachePolicy;
using Deepnote.Application.Execution;
using Deepnote.Application.Execution.CancelExecution;
using Deepnote.Application.Execution.ExecuteQuery;
using Deepnote.Application.Execution.GetExecution;
using Deepnote.Application.Execution.ListExecutions;
using Deepnote.Application.Vault.Connections.SetGuardrails;
using Deepnote.Domain.Caching;
using Deepnote.Domain.Execution;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
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

public sealed class CachePolicyModeGraphType : EnumerationGraphType<CachePolicyMode>
{
    public CachePolicyModeGraphType() => Name = "CachePolicyMode";
}

public sealed class CachePolicyGraphType : ObjectGraphType<CachePolicyDto>
{
    public CachePolicyGraphType()
    {
        Name = "CachePolicy";
        Field<NonNullGraphType<CachePolicyModeGraphType>>("mode").Resolve(c => c.Source.Mode);
        Field(p => p.TtlSeconds, nullable: true);
    }
}

public sealed class GuardrailsGraphType : ObjectGraphType<ConnectionGuardrails>
{
    public GuardrailsGraphType()
    {
        Name = "Guardrails";
        Field(g => g.AllowWrites).Description("False: every query runs in a read-only transaction.");
        Field(g => g.TimeoutSeconds, nullable: true).Description("Null: the workspace default.");
        Field(g => g.MaxRows, nullable: true);
        Field<FloatGraphType>("maxBytes").Resolve(c => (double?)c.Source.MaxBytes);
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

public sealed class SetCachePolicyInput
{
    public string ConnectionId { get; set; } = "";
    public CachePolicyMode Mode { get; set; }
    public int? TtlSeconds { get; set; }
}

public sealed class SetCachePolicyInputGraphType : InputObjectGraphType<SetCachePolicyInput>
{
    public SetCachePolicyInputGraphType()
    {
        Name = "SetCachePolicyInput";
        Field<NonNullGraphType<IdGraphType>>("connectionId");
        Field<NonNullGraphType<CachePolicyModeGraphType>>("mode");
        Field<IntGraphType>("ttlSeconds");
    }
}

public sealed class SetGuardrailsInput
{
    public string ConnectionId { get; set; } = "";
    public bool? AllowWrites { get; set; }
    public int? TimeoutSeconds { get; set; }
    public int? MaxRows { get; set; }
    public double? MaxBytes { get; set; }
}

public sealed class SetGuardrailsInputGraphType : InputObjectGraphType<SetGuardrailsInput>
{
    public SetGuardrailsInputGraphType()
    {
        Name = "SetConnectionGuardrailsInput";
        Field<NonNullGraphType<IdGraphType>>("connectionId");
        Field<BooleanGraphType>("allowWrites");
        Field<IntGraphType>("timeoutSeconds");
        Field<IntGraphType>("maxRows");
        Field<FloatGraphType>("maxBytes");
    }
}

/// <summary>The execution and caching fields.</summary>
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

        mutation.Field<NonNullGraphType<BooleanGraphType>>("cancelExecution")
            .Description("Stops one of your running queries in the database. False when it had already finished.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.SendAsync(new CancelExecutionCommand(new ExecutionId(c.GetId("id")))));

        mutation.Field<NonNullGraphType<BooleanGraphType>>("setCachePolicy")
            .Argument<NonNullGraphType<SetCachePolicyInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<SetCachePolicyInput>("input");
                return await c.SendAsync(new SetCachePolicyCommand(new ConnectionId(ParseId(i.ConnectionId, "connectionId")),
                    i.Mode, i.TtlSeconds));
            });

        mutation.Field<NonNullGraphType<IntGraphType>>("invalidateCache")
            .Description("Empties a connection's result cache; the number of entries removed.")
            .Argument<NonNullGraphType<IdGraphType>>("connectionId")
            .ResolveAsync(async c => await c.SendAsync(new InvalidateCacheCommand(new ConnectionId(c.GetId("connectionId")))));

        mutation.Field<NonNullGraphType<BooleanGraphType>>("setConnectionGuardrails")
            .Argument<NonNullGraphType<SetGuardrailsInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<SetGuardrailsInput>("input");
                if (i.MaxBytes is { } b && (b != Math.Floor(b) || b > long.MaxValue))
                {
                    throw DeepnoteError.InvalidField("maxBytes", "Must be a whole number of bytes.");
                }

                return await c.SendAsync(new SetConnectionGuardrailsCommand(
                    new ConnectionId(ParseId(i.ConnectionId, "connectionId")),
                    new ConnectionGuardrails(i.AllowWrites ?? false, i.TimeoutSeconds, i.MaxRows, (long?)i.MaxBytes)));
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("setProjectCacheUse")
            .Description("The project's \"use cache\" switch (FULL_ACCESS). Off: its runs never read or fill the cache.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<BooleanGraphType>>("useCache")
            .ResolveAsync(async c => await c.SendAsync(new SetProjectCacheUseCommand(new ProjectId(c.GetId("projectId")),
                c.GetArgument<bool>("useCache"))));
    }

    /// <summary>Project.executions and Project.useCache.</summary>
    public static void AddProjectFields(ObjectGraphType<ProjectDto> project)
    {
        project.Field<NonNullGraphType<BooleanGraphType>>("useCache").Resolve(c => c.Source.UseCache);
        project.Field<NonNullGraphType<ConnectionGraphType<ExecutionGraphType, ExecutionDto>>>("executions")
            .Description("Recent runs, newest first: who ran what and how it ended (no rows).")
            .Paged()
            .ResolveAsync(async c => await c.SendAsync(new ListProjectExecutionsQuery(c.Source.Id,
                c.GetArgument<int?>("first"), c.GetArgument<string?>("after"))));
    }
}
