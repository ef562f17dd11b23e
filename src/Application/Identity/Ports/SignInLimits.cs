namespace Deepnote.Application.Identity.Ports;

public static class SignInLimits
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public const int PerAccount = 10;
    public const int PerAddress = 50;
}
