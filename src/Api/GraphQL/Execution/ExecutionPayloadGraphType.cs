using Deepnote.Application.Execution;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Execution;

public sealed class ExecutionPayloadGraphType : ObjectGraphType<ExecutionDto>
{
    public ExecutionPayloadGraphType()
    {
        Name = "ExecutionPayload";
        Field<NonNullGraphType<ExecutionGraphType>>("execution").Resolve(c => c.Source);
    }
}
