using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class ChangeMemberRoleInputGraphType : InputObjectGraphType<ChangeMemberRoleInput>
{
    public ChangeMemberRoleInputGraphType()
    {
        Name = "ChangeMemberRoleInput";
        Field<NonNullGraphType<IdGraphType>>("workspaceId");
        Field<NonNullGraphType<IdGraphType>>("userId");
        Field<NonNullGraphType<WorkspaceRoleGraphType>>("role");
    }
}
