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
        Field<SslModeGraphType>("sslMode").Description("PostgreSQL: TLS; VERIFY_FULL (the default) checks the server's "
            + "certificate and name. A lower mode may send the login to an impersonated server.");
        Field<BooleanGraphType>("allowMd5").Description("PostgreSQL: also log in to a server that asks for MD5 "
            + "(default false: SCRAM-SHA-256 only; a cleartext password is never sent).");
        Field<BooleanGraphType>("perPersonCredentials").Description("PostgreSQL: no shared account; each member enters "
            + "their own database credentials (default false). Then give no username or password here.");
    }
}
