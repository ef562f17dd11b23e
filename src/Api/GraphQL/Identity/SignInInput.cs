namespace Deepnote.Api.GraphQL.Identity;

public sealed class SignInInput
{
    public string Email { get; set; } = "";

    public string Password { get; set; } = "";
}
