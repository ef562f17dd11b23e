using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class CreateWorkspaceInputGraphType : InputObjectGraphType<CreateWorkspaceInput>
{
    public CreateWorkspaceInputGraphType()
    {
        Name = "CreateWorkspaceInput";
        Field(i => i.Name);
    }
}
