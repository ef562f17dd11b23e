using global::GraphQL.Types;

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
