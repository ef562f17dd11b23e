using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Sso;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

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
