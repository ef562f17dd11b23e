using Deepnote.Domain.Access;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class ProjectAccessGraphType : EnumerationGraphType<ProjectAccess>
{
    public ProjectAccessGraphType() => Name = "ProjectAccess";
}
