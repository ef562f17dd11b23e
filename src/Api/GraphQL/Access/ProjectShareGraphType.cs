using Deepnote.Application.Access.Projects;
using global::GraphQL.Types;

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
