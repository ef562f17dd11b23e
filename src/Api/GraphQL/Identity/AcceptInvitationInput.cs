namespace Deepnote.Api.GraphQL.Identity;

public sealed class AcceptInvitationInput
{
    public string Token { get; set; } = "";

    public string Password { get; set; } = "";
}
