using Deepnote.Domain.Vault.Connections;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class ConnectionEngineGraphType : EnumerationGraphType
{
    public ConnectionEngineGraphType()
    {
        Name = "ConnectionEngine";
        Add("POSTGRES", ConnectionEngine.Postgres);
        Add("DUCKDB", ConnectionEngine.DuckDb); // not DUCK_DB, as the generic enum type would name it
    }
}
