namespace Deepnote.Api.GraphQL.Vault;

public sealed class RotateWorkspaceKeyInput
{
    public string WorkspaceId { get; set; } = "";

    public string? KeyId { get; set; }
}
