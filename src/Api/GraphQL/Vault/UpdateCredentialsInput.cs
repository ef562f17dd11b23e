namespace Deepnote.Api.GraphQL.Vault;

public sealed class UpdateCredentialsInput
{
    public string ConnectionId { get; set; } = "";

    public string? Username { get; set; }

    public string? Password { get; set; }

    public override string ToString() => nameof(UpdateCredentialsInput);
}
