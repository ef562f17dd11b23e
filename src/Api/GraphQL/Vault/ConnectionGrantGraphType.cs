using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class ConnectionGrantGraphType : ObjectGraphType<ConnectionGrantDto>
{
    public ConnectionGrantGraphType()
    {
        Name = "ConnectionGrant";
        Field<NonNullGraphType<IdGraphType>>("userId").Resolve(c => c.Source.UserId.Value);
        Field(g => g.Email);
        Field<NonNullGraphType<DateTimeScalar>>("grantedAt").Resolve(c => c.Source.GrantedAt);
    }
}
