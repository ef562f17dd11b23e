using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Execution;

public sealed class CancelExecutionPayloadGraphType : ObjectGraphType<CancelExecutionPayload>
{
    public CancelExecutionPayloadGraphType()
    {
        Name = "CancelExecutionPayload";
        Field(p => p.Cancelled).Description("False when the run had already finished.");
        Field<ExecutionGraphType>("execution").Resolve(c => c.Source.Execution);
    }
}
