using Deepnote.Domain.Access;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class WorkspaceRoleGraphType : EnumerationGraphType<WorkspaceRole>
{
    public WorkspaceRoleGraphType() => Name = "WorkspaceRole";
}
