namespace Deepnote.Application.Identity.Ports;

/// <summary>Single-use links (first set-up, invitations, sign-up, password reset): only a hash is stored, and a token
/// works once.</summary>
public interface IOneTimeTokenStore
{
    Task<string> IssueAsync(string purpose, OneTimeToken about, TimeSpan lifetime, CancellationToken ct);

    /// <summary>Marks the token used and returns what it was issued for, or null if unknown, used or expired.</summary>
    Task<OneTimeToken?> ConsumeAsync(string purpose, string token, CancellationToken ct);

    /// <summary>What a still usable token was issued for, without using it (a page that shows what the link is for
    /// before the person acts on it); null if unknown, used or expired.</summary>
    Task<OneTimeToken?> PeekAsync(string purpose, string token, CancellationToken ct);

    /// <summary>Marks every unused token of this purpose for this account used (a reset ends the other reset links).</summary>
    Task RevokeAllAsync(string purpose, Domain.SharedKernel.UserId user, CancellationToken ct);
}
