using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Projects;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

namespace Deepnote.Api.GraphQL.Access;

public sealed class ProjectShareGraphType : ObjectGraphType<ProjectShareDto>
{
    public ProjectShareGraphType()
    {
        Name = "ProjectShare";
        Field<NonNullGraphType<IdGraphType>>("userId").Resolve(c => c.Source.UserId.Value);
        Field(s => s.Email);
        Field<NonNullGraphType<ProjectAccessGraphType>>("access").Resolve(c => c.Source.Access);
    }
}
