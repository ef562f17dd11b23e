using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class UpdateCredentialsInputGraphType : InputObjectGraphType<UpdateCredentialsInput>
{
    public UpdateCredentialsInputGraphType()
    {
        Name = "UpdateCredentialsInput";
        Field<NonNullGraphType<IdGraphType>>("connectionId");
        Field(i => i.Username, nullable: true);
        Field(i => i.Password, nullable: true).Description("Write-only; null keeps the current password.");
    }
}
