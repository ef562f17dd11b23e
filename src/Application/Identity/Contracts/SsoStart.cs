namespace Deepnote.Application.Identity.Contracts;

/// <summary>Where to send the browser, and the secret the browser must bring back to the callback (set as a cookie by
/// the caller) so that a sign-in or a link completes only in the browser that began it. Never log it.</summary>
public sealed record SsoStart(Uri RedirectUrl, string BrowserBinding)
{
    public override string ToString() => $"{nameof(SsoStart)} {{ {RedirectUrl.Host} }}";
}
