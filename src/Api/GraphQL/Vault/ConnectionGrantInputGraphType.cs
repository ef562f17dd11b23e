using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class ConnectionGrantInputGraphType : InputObjectGraphType<ConnectionGrantInput>
{
    public ConnectionGrantInputGraphType()
    {
        Name = "ConnectionGrantInput";
        Field<NonNullGraphType<IdGraphType>>("connectionId");
        Field<NonNullGraphType<IdGraphType>>("userId");
    }
}
