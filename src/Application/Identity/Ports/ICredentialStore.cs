using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Ports;

/// <summary>Password hashes, kept out of the event log so that the log never holds a secret.</summary>
public interface ICredentialStore
{
    Task SetPasswordHashAsync(UserId user, string hash, CancellationToken ct);

    Task<string?> GetPasswordHashAsync(UserId user, CancellationToken ct);
}
