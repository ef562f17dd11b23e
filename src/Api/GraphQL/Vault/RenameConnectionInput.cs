namespace Deepnote.Api.GraphQL.Vault;

public sealed class RenameConnectionInput
{
    public string ConnectionId { get; set; } = "";

    public string Name { get; set; } = "";
}
