namespace Deepnote.Api.GraphQL.Identity;

public sealed class CompleteSetupInput
{
    public string Token { get; set; } = "";

    public string Email { get; set; } = "";

    public string Password { get; set; } = "";
}
