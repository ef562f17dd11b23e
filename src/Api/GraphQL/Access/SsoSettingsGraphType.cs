using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;
using Deepnote.Application.Access.Sso.ConfigureSso;
using Deepnote.Application.Access.Sso.GetWorkspaceSso;

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
