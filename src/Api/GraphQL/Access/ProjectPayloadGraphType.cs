using Deepnote.Application.Access.Projects;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class ProjectPayloadGraphType : ObjectGraphType<ProjectDto>
{
    public ProjectPayloadGraphType()
    {
        Name = "ProjectPayload";
        Field<NonNullGraphType<ProjectGraphType>>("project").Resolve(c => c.Source);
    }
}
