using Deepnote.Application.Access.Authorization.ExplainAccess;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class AccessExplanationGraphType : ObjectGraphType<AccessExplanation>
{
    public AccessExplanationGraphType()
    {
        Name = "AccessExplanation";
        Field(e => e.Allowed);
        Field(e => e.Layer).Description("The layer that decided: ROLE, GRANT or PROJECT.");
        Field(e => e.Reason);
        Field<WorkspaceRoleGraphType>("role").Resolve(c => c.Source.Role);
        Field<ProjectAccessGraphType>("projectAccess").Resolve(c => c.Source.ProjectAccess);
    }
}
