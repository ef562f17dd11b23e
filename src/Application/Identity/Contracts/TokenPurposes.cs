namespace Deepnote.Application.Identity.Contracts;

public static class TokenPurposes
{
    public const string Setup = "setup";
    public const string Invitation = "invitation";
    public const string SignUp = "sign-up";
    public const string PasswordReset = "password-reset";
}
