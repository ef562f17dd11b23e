namespace Deepnote.Api.Security;

/// <summary>Ties a single sign-on (or a link) to the browser that began it: a random secret in a <c>__Host-</c>
/// cookie, whose hash the pending state holds. SameSite=Lax, because the provider sends the browser back with a
/// cross-site top-level GET; a callback URL handed to another browser arrives without it and is refused.</summary>
public static class SsoBindingCookie
{
    public const string Name = "__Host-deepnote_sso";

    public static void Set(HttpResponse response, string binding) =>
        response.Cookies.Append(Name, binding, new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            MaxAge = TimeSpan.FromMinutes(10),
            IsEssential = true,
        });

    public static string Read(HttpRequest request) => request.Cookies.TryGetValue(Name, out var value) ? value ?? "" : "";

    public static void Clear(HttpResponse response) =>
        response.Cookies.Delete(Name, new CookieOptions { Secure = true, SameSite = SameSiteMode.Lax, Path = "/" });
}
