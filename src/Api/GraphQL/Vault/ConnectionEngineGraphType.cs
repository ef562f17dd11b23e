using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Grants.ListConnectionGrants;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Vault.Connections;
using global::GraphQL;
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
