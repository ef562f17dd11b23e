namespace Deepnote.Application.Identity.Ports;

/// <summary>Counts failed sign-ins per account and per client address in a sliding window.</summary>
public interface ISignInThrottle
{
    /// <summary>True when the account or the address has failed too often lately.</summary>
    Task<bool> IsLimitedAsync(string normalizedEmail, string? ipAddress, CancellationToken ct);

    Task RecordFailureAsync(string normalizedEmail, string? ipAddress, CancellationToken ct);
}
