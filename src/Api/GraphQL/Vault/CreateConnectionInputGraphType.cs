using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class CreateConnectionInputGraphType : InputObjectGraphType<CreateConnectionInput>
{
    public CreateConnectionInputGraphType()
    {
        Name = "CreateConnectionInput";
        Field<NonNullGraphType<IdGraphType>>("workspaceId");
        Field(i => i.Name);
        Field<NonNullGraphType<ConnectionEngineGraphType>>("engine");
        Field(i => i.Host, nullable: true);
        Field(i => i.Port, nullable: true);
        Field(i => i.Database, nullable: true);
        Field(i => i.Username, nullable: true);
        Field(i => i.Password, nullable: true).Description("Write-only: stored sealed, never returned.");
        Field<SslModeGraphType>("sslMode");
    }
}
