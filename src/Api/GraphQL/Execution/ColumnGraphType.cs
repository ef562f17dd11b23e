using Deepnote.Application.Abstractions;
using global::GraphQL.Types;

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
