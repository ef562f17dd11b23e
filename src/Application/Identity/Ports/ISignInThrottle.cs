namespace Deepnote.Application.Identity.Ports;

/// <summary>Failed sign-ins per client address (sliding window) and per account (capped back-off), shared by every
/// node.</summary>
public interface ISignInThrottle
{
    /// <summary>True when the address failed too often lately, or the account is inside its back-off delay. Holds the
    /// account's attempts in line until the transaction ends, so parallel guesses cannot all pass one check.</summary>
    Task<bool> IsLimitedAsync(string normalizedEmail, string? ipAddress, CancellationToken ct);

    Task RecordFailureAsync(string normalizedEmail, string? ipAddress, CancellationToken ct);

    /// <summary>Forgets the account's failures (a successful sign-in or a password reset).</summary>
    Task ClearAsync(string normalizedEmail, CancellationToken ct);
}
