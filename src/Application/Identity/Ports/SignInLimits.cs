namespace Deepnote.Application.Identity.Ports;

/// <summary>Failed sign-ins: a client address gets <see cref="PerAddress"/> in <see cref="Window"/>; an account gets
/// <see cref="FreeAttempts"/> at once, then waits twice as long after each further failure, never more than
/// <see cref="MaxDelay"/>. So a stranger who knows an address can slow its owner down but never lock them out, and a
/// reset mail clears the account's count.</summary>
public static class SignInLimits
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public const int PerAddress = 50;
    public const int FreeAttempts = 5;
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(15);

    /// <summary>How long after its last failure an account may try again.</summary>
    public static TimeSpan DelayAfter(int failures) => failures < FreeAttempts
        ? TimeSpan.Zero
        : TimeSpan.FromSeconds(Math.Min(MaxDelay.TotalSeconds, Math.Pow(2, Math.Min(failures - FreeAttempts, 20))));
}
