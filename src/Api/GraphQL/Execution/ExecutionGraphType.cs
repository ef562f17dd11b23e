using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Execution;
using Deepnote.Application.Execution.Executions.GetExecutionRows;
using Deepnote.Domain.Execution;
using global::GraphQL;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Execution;

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
            .ResolveAsync(async c =>
            {
                var offset = c.GetArgument<int?>("offset") ?? 0;
                var limit = c.GetArgument<int?>("limit") ?? 1000;
                if (offset < 0) throw DeepnoteError.InvalidField("offset", "Must not be negative.");
                if (limit is < 0 or > MaxRowsPerPage) throw DeepnoteError.InvalidField("limit", $"Must lie between 0 and {MaxRowsPerPage}.");
                var page = c.Source.RowsElsewhere
                    ? RowsPage.From(await c.SendAsync(new GetExecutionRowsQuery(c.Source.Id, offset, limit)))
                    : new RowsPage(c.Source.Rows, offset, limit);
                if (!((GraphQLUserContext)c.UserContext).TryTakeRows(page.Count))
                {
                    throw new DeepnoteError(ErrorCodes.LimitExceeded,
                        $"One request returns at most {MaxRowsPerPage} rows in total; ask for further pages in further requests.");
                }

                return page;
            });
        Field<NonNullGraphType<IntGraphType>>("rowCount").Resolve(c => (int)c.Source.RowCount);
        Field<NonNullGraphType<FloatGraphType>>("bytes").Description("About the size of the result as JSON.")
            .Resolve(c => (double)c.Source.Bytes);
        Field(e => e.Truncated).Description("The row or byte limit was reached; the rest was not read.");
        Field(e => e.CacheHit).Description("Served from the encrypted result cache.");
        Field(e => e.DurationMs);
        Field(e => e.Error, nullable: true);
        Field<StringGraphType>("errorClass")
            .Description("Where a failed run failed: QUERY (the statement), TIMEOUT, CONNECTION (the database could not be "
                + "reached or refused the credentials) or ENVIRONMENT (its sandboxed worker crashed, ran out of memory or "
                + "could not start). Null unless FAILED.")
            .Resolve(c => c.Source.ErrorClass);
        Field<StringGraphType>("transport")
            .Description("How the run reached its database: TLS, PLAIN (unencrypted, as its connection allows) or NONE "
                + "(DuckDB, no network). Null for a cache hit or a run still going.")
            .Resolve(c => c.Source.Transport);
        Field(e => e.RowsAvailable).Description("Whether the rows are still held in memory for you.");
        Field<DateTimeScalar>("finishedAt").Resolve(c => c.Source.FinishedAt);
    }

    private static string Status(ExecutionStatus status) => status.ToString().ToUpperInvariant();
}
