namespace Deepnote.Api.GraphQL.Vault;

public sealed class SetMyCredentialsInput
{
    public string ConnectionId { get; set; } = "";

    public string Username { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>Never the password: inputs may be logged.</summary>
    public override string ToString() => nameof(SetMyCredentialsInput);
}
