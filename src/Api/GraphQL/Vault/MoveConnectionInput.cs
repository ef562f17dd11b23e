using Deepnote.Domain.Vault.Connections;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class MoveConnectionInput
{
    public string ConnectionId { get; set; } = "";

    public string? Host { get; set; }

    public int? Port { get; set; }

    public string? Database { get; set; }

    public SslMode? SslMode { get; set; }

    public string? Password { get; set; }

    public override string ToString() => nameof(MoveConnectionInput);
}
