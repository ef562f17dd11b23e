using Deepnote.Application.Vault.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class ConnectionPayloadGraphType : ObjectGraphType<ConnectionDto>
{
    public ConnectionPayloadGraphType()
    {
        Name = "ConnectionPayload";
        Field<NonNullGraphType<ConnectionGraphType>>("connection").Resolve(c => c.Source);
    }
}
