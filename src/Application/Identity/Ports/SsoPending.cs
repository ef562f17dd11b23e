using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Ports;

/// <summary>A sign-in under way. <paramref name="LinkUser"/> is set when a signed-in person links their account to
/// the workspace's provider (they proved the account by being signed in). <paramref name="BrowserBinding"/> is the
/// secret of the browser that began it (stored hashed).</summary>
public sealed record SsoPending(WorkspaceId WorkspaceId, string CodeVerifier, string Nonce, string RedirectUri,
    UserId? LinkUser = null, string BrowserBinding = "")
{
    public override string ToString() => $"{nameof(SsoPending)} {{ {WorkspaceId} }}";
}
