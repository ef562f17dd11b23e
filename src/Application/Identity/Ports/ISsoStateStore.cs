namespace Deepnote.Application.Identity.Ports;

/// <summary>Pending sign-ins: state (hashed), PKCE verifier and nonce, single use, short-lived.</summary>
public interface ISsoStateStore
{
    Task<string> IssueAsync(SsoPending pending, TimeSpan lifetime, CancellationToken ct);

    /// <summary>The pending sign-in for this state, only when <paramref name="browserBinding"/> is the one it was issued
    /// with; used either way, so a state is tried once.</summary>
    Task<SsoPending?> ConsumeAsync(string state, string browserBinding, CancellationToken ct);
}
