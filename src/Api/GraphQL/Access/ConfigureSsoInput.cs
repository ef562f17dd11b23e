using Deepnote.Domain.Access;

namespace Deepnote.Api.GraphQL.Access;

public sealed class ConfigureSsoInput
{
    public string WorkspaceId { get; set; } = "";

    public string Issuer { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string? ClientSecret { get; set; }

    public List<string>? AllowedDomains { get; set; }

    public WorkspaceRole DefaultRole { get; set; } = WorkspaceRole.Viewer;

    public bool EnforceSso { get; set; }

    public override string ToString() => nameof(ConfigureSsoInput);
}
