using Deepnote.Application.Access.Projects;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class SqlBlockPayloadGraphType : ObjectGraphType<ProjectBlockDto>
{
    public SqlBlockPayloadGraphType()
    {
        Name = "SqlBlockPayload";
        Field<NonNullGraphType<SqlBlockGraphType>>("block").Resolve(c => c.Source);
    }
}
