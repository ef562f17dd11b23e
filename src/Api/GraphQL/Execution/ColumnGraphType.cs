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
