namespace Deepnote.Application.Identity.Ports;

/// <summary>Pending sign-ins: state (hashed), PKCE verifier and nonce, single use, short-lived.</summary>
public interface ISsoStateStore
{
    Task<string> IssueAsync(SsoPending pending, TimeSpan lifetime, CancellationToken ct);

    Task<SsoPending?> ConsumeAsync(string state, CancellationToken ct);
}
