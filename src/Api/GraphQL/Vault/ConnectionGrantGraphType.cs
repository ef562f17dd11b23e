using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Grants.ListConnectionGrants;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Vault.Connections;
using global::GraphQL;
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
