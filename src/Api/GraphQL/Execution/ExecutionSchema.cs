using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Execution;
using Deepnote.Application.Execution.Executions.CancelExecution;
using Deepnote.Application.Execution.Executions.ExecuteQuery;
using Deepnote.Application.Execution.Executions.GetExecution;
using Deepnote.Domain.SharedKernel;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

namespace Deepnote.Api.GraphQL.Execution;

/// <summary>The execution module's fields: running SQL, polling and cancelling a run.</summary>
public static class ExecutionSchema
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.ById<ExecutionGraphType, ExecutionDto>("execution", "One of your own runs (another person's is NOT_FOUND).",
            id => new GetExecutionQuery(new ExecutionId(id)));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Mutate<ExecutionPayloadGraphType, ExecuteQueryInputGraphType, ExecuteQueryInput>("executeQuery", async (c, i) =>
            {
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
