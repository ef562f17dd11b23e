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

public sealed class ConfigureSsoInput
{
    public string WorkspaceId { get; set; } = "";

    public string Issuer { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string? ClientSecret { get; set; }

    public List<string> AllowedDomains { get; set; } = [];

    public WorkspaceRole DefaultRole { get; set; } = WorkspaceRole.Viewer;

    public bool EnforceSso { get; set; }

    public override string ToString() => nameof(ConfigureSsoInput);
}
