using Deepnote.Domain.Vault.Connections;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class RotateWorkspaceKeyInput
{
    public string WorkspaceId { get; set; } = "";

    public string? KeyId { get; set; }
}
