using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class ConnectionGrantInputGraphType : InputObjectGraphType<ConnectionGrantInput>
{
    public ConnectionGrantInputGraphType()
    {
        Name = "ConnectionGrantInput";
        Field<NonNullGraphType<IdGraphType>>("connectionId");
        Field<NonNullGraphType<IdGraphType>>("userId");
    }
}
