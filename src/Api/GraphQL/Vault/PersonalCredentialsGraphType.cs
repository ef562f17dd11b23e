using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Vault.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

/// <summary>The viewer's own account on a per-person connection. No password: the DTO's secret id is not exposed either.</summary>
public sealed class PersonalCredentialsGraphType : ObjectGraphType<PersonalCredentialDto>
{
    public PersonalCredentialsGraphType()
    {
        Name = "PersonalCredentials";
        Field(x => x.Username);
        Field<NonNullGraphType<DateTimeScalar>>("setAt").Resolve(c => c.Source.SetAt);
    }
}
