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

public sealed class ExecutionPayloadGraphType : ObjectGraphType<ExecutionDto>
{
    public ExecutionPayloadGraphType()
    {
        Name = "ExecutionPayload";
        Field<NonNullGraphType<ExecutionGraphType>>("execution").Resolve(c => c.Source);
    }
}
