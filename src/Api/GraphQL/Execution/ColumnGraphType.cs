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

public sealed class ColumnGraphType : ObjectGraphType<QueryColumn>
{
    public ColumnGraphType()
    {
        Name = "Column";
        Field(c => c.Name);
        Field(c => c.Type).Description("The engine's type name (int4, text, VARCHAR ...).");
    }
}
