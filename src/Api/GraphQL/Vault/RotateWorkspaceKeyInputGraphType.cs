using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class RotateWorkspaceKeyInputGraphType : InputObjectGraphType<RotateWorkspaceKeyInput>
{
    public RotateWorkspaceKeyInputGraphType()
    {
        Name = "RotateWorkspaceKeyInput";
        Field<NonNullGraphType<IdGraphType>>("workspaceId");
        Field(i => i.KeyId, nullable: true).Description("Bring your own provider key; empty keeps the current one.");
    }
}
