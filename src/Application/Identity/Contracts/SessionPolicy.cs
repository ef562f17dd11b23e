namespace Deepnote.Application.Identity.Contracts;

/// <summary>How long a browser session lives: at most <see cref="AbsoluteLifetime"/> after sign-in, and
/// <see cref="IdleTimeout"/> without a request ends it sooner.</summary>
public static class SessionPolicy
{
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(12);
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(2);
}
