using System.Security.Cryptography;
using System.Text;
using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Sso;

/// <summary>Sends the browser to a workspace's provider: a fresh state, PKCE verifier and nonce, stored for ten
/// minutes, and a callback on the product's public URL (never the request's Host).</summary>
internal sealed class SsoRedirect(IOidcClient oidc, ISsoStateStore states, IPublicLinks links)
{
    public async Task<SsoStart> ToProviderAsync(SsoSettingsDto settings, UserId? linkUser, CancellationToken ct)
    {
        var callback = links.To("/sso/callback");
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var nonce = Base64Url(RandomNumberGenerator.GetBytes(16));
        var binding = Base64Url(RandomNumberGenerator.GetBytes(32));
        var state = await states.IssueAsync(new SsoPending(settings.WorkspaceId, verifier, nonce, callback.ToString(), linkUser,
            binding), TimeSpan.FromMinutes(10), ct);
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return new SsoStart(await oidc.AuthorizationUrlAsync(settings.Issuer, settings.ClientId, callback, state, nonce,
            challenge, ct), binding);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
