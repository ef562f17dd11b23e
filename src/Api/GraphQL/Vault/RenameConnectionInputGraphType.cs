using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class RenameConnectionInputGraphType : InputObjectGraphType<RenameConnectionInput>
{
    public RenameConnectionInputGraphType()
    {
        Name = "RenameConnectionInput";
        Field<NonNullGraphType<IdGraphType>>("connectionId");
        Field(i => i.Name);
    }
}
