using Deepnote.Application.Identity.Contracts;

namespace Deepnote.Api.Security;

/// <summary>The browser session cookie: <c>__Host-</c> prefixed, so it is Secure, host-only and path /, and
/// HttpOnly with SameSite=Strict. It holds only the opaque session token.</summary>
public static class SessionCookie
{
    public const string Name = "__Host-deepnote_session";
    public const string CsrfHeader = "X-Deepnote-CSRF";

    public static void Set(HttpResponse response, string token) =>
        response.Cookies.Append(Name, token, new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            MaxAge = SessionPolicy.AbsoluteLifetime,
            IsEssential = true,
        });

    public static void Clear(HttpResponse response) =>
        response.Cookies.Delete(Name, new CookieOptions { Secure = true, SameSite = SameSiteMode.Strict, Path = "/" });
}
