using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Identity;

public sealed class SignInInput
{
    public string Email { get; set; } = "";

    public string Password { get; set; } = "";
}

public sealed class SignInInputGraphType : InputObjectGraphType<SignInInput>
{
    public SignInInputGraphType()
    {
        Name = "SignInInput";
        Field(i => i.Email);
        Field(i => i.Password);
    }
}

public sealed class CompleteSetupInput
{
    public string Token { get; set; } = "";

    public string Email { get; set; } = "";

    public string Password { get; set; } = "";
}

public sealed class CompleteSetupInputGraphType : InputObjectGraphType<CompleteSetupInput>
{
    public CompleteSetupInputGraphType()
    {
        Name = "CompleteSetupInput";
        Field(i => i.Token);
        Field(i => i.Email);
        Field(i => i.Password);
    }
}

public sealed class AcceptInvitationInput
{
    public string Token { get; set; } = "";

    public string Password { get; set; } = "";
}

public sealed class AcceptInvitationInputGraphType : InputObjectGraphType<AcceptInvitationInput>
{
    public AcceptInvitationInputGraphType()
    {
        Name = "AcceptInvitationInput";
        Field(i => i.Token);
        Field(i => i.Password);
    }
}

public sealed class SignInPayloadGraphType : ObjectGraphType<Application.Identity.Contracts.UserDto>
{
    public SignInPayloadGraphType()
    {
        Name = "SignInPayload";
        Field<NonNullGraphType<UserGraphType>>("user").Resolve(c => c.Source);
    }
}
