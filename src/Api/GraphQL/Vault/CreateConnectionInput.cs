using Deepnote.Domain.Vault.Connections;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class CreateConnectionInput
{
    public string WorkspaceId { get; set; } = "";

    public string Name { get; set; } = "";

    public ConnectionEngine Engine { get; set; }

    public string? Host { get; set; }

    public int? Port { get; set; }

    public string? Database { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    public SslMode? SslMode { get; set; }

    public bool? AllowMd5 { get; set; }

    public bool? PerPersonCredentials { get; set; }

    public override string ToString() => nameof(CreateConnectionInput);
}
