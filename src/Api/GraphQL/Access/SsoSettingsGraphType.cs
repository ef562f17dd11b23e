using Deepnote.Application.Access.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class SsoSettingsGraphType : ObjectGraphType<SsoSettingsDto>
{
    public SsoSettingsGraphType()
    {
        Name = "SsoSettings";
        Field(s => s.Issuer);
        Field(s => s.ClientId);
        Field<NonNullGraphType<BooleanGraphType>>("hasClientSecret").Resolve(c => c.Source.ClientSecretId is not null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("allowedDomains").Resolve(c => c.Source.AllowedDomains);
        Field<NonNullGraphType<WorkspaceRoleGraphType>>("defaultRole").Resolve(c => c.Source.DefaultRole);
        Field(s => s.EnforceSso);
    }
}
