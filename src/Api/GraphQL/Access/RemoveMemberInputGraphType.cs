using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class RemoveMemberInputGraphType : InputObjectGraphType<RemoveMemberInput>
{
    public RemoveMemberInputGraphType()
    {
        Name = "RemoveMemberInput";
        Field<NonNullGraphType<IdGraphType>>("workspaceId");
        Field<NonNullGraphType<IdGraphType>>("userId");
    }
}
