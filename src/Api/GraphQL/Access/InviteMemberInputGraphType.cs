using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class InviteMemberInputGraphType : InputObjectGraphType<InviteMemberInput>
{
    public InviteMemberInputGraphType()
    {
        Name = "InviteMemberInput";
        Field<NonNullGraphType<IdGraphType>>("workspaceId");
        Field(i => i.Email);
        Field<NonNullGraphType<WorkspaceRoleGraphType>>("role");
    }
}
