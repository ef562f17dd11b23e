using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Projects;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

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
