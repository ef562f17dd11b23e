namespace Deepnote.Application.Identity.Contracts;

/// <summary>Why single sign-on did not sign someone in, as the sign-in page names it: a fixed set, so that nothing a
/// provider or a link says is ever shown.</summary>
public static class SsoFailureCodes
{
    public const string AccessDenied = "access_denied";
    public const string ProviderError = "provider_error";
    /// <summary>Not an address of a domain the workspace verified, nor an account linked to it (whether or not an
    /// account exists: the same code, so a provider cannot probe for addresses).</summary>
    public const string NotAllowed = "not_allowed";
    public const string Unavailable = "unavailable";
    public const string NoSso = "no_sso";
    public const string Expired = "expired";
    public const string Failed = "failed";
}
