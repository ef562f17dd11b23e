using Deepnote.Domain.Vault.Connections;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class SslModeGraphType : EnumerationGraphType<SslMode>
{
    public SslModeGraphType() => Name = "SslMode";
}
