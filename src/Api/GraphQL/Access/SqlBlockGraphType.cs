using Deepnote.Application.Access.Projects;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class SqlBlockGraphType : ObjectGraphType<ProjectBlockDto>
{
    public SqlBlockGraphType()
    {
        Name = "SqlBlock";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.Value);
        Field<NonNullGraphType<IdGraphType>>("connectionId").Resolve(c => c.Source.ConnectionId.Value);
        Field(b => b.Sql);
        Field(b => b.Position);
    }
}
