namespace Deepnote.Api.GraphQL.Access;

public sealed class ConnectionGrantInput
{
    public string ConnectionId { get; set; } = "";

    public string UserId { get; set; } = "";
}
