using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class SetMyCredentialsInputGraphType : InputObjectGraphType<SetMyCredentialsInput>
{
    public SetMyCredentialsInputGraphType()
    {
        Name = "SetMyConnectionCredentialsInput";
        Field<NonNullGraphType<IdGraphType>>("connectionId");
        Field(i => i.Username).Description("Your own database user name.");
        Field(i => i.Password).Description("Write-only: stored sealed, never returned; the previous one is destroyed.");
    }
}
