using Deepnote.Api.GraphQL.Access;
using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Execution;
using Deepnote.Application.Abstractions;
using Deepnote.Domain.Execution;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;
using Deepnote.Application.Execution.Executions.CancelExecution;
using Deepnote.Application.Execution.Executions.ExecuteQuery;
using Deepnote.Application.Execution.Executions.GetExecution;

namespace Deepnote.Api.GraphQL.Execution;

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
