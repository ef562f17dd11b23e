using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class MoveConnectionInputGraphType : InputObjectGraphType<MoveConnectionInput>
{
    public MoveConnectionInputGraphType()
    {
        Name = "MoveConnectionInput";
        Field<NonNullGraphType<IdGraphType>>("connectionId");
        Field(i => i.Host, nullable: true).Description("PostgreSQL: the server's host name or address (DuckDB: none).");
        Field(i => i.Port, nullable: true);
        Field(i => i.Database, nullable: true);
        Field<SslModeGraphType>("sslMode");
        Field(i => i.Password, nullable: true).Description("Write-only. Required when host, port or database change on a "
            + "connection with a shared password: it never follows the connection elsewhere.");
    }
}
