using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class ShareProjectInputGraphType : InputObjectGraphType<ShareProjectInput>
{
    public ShareProjectInputGraphType()
    {
        Name = "ShareProjectInput";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<IdGraphType>>("userId");
        Field<NonNullGraphType<ProjectAccessGraphType>>("access");
    }
}
