namespace Deepnote.Api.GraphQL.Vault;

public sealed class ConnectionGrantInput
{
    public string ConnectionId { get; set; } = "";

    public string UserId { get; set; } = "";
}
