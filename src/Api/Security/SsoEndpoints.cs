using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Identity.Sso.CompleteSso;
using Deepnote.Application.Identity.Sso.StartSso;
using Mediator;

namespace Deepnote.Api.Security;

/// <summary>Browser endpoints of single sign-on: <c>/sso/start?email=</c> sends the browser to the workspace's
/// provider; <c>/sso/callback</c> completes the sign-in and sets the session cookie. Failures land on the sign-in
/// page with a message (and are in the audit log).</summary>
public static class SsoEndpoints
{
    public static void MapSsoEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sso/start", async (HttpContext context, ISender sender, string? email) =>
        {
            try
            {
                var url = await sender.Send(new StartSsoCommand(email ?? "", CallbackUri(context.Request)), context.RequestAborted);
                return Results.Redirect(url.ToString());
            }
            catch (Exception ex)
            {
                return Failed(DeepnoteError.From(ex).Message);
            }
        });

        endpoints.MapGet("/sso/callback", async (HttpContext context, ISender sender, string? code, string? state, string? error) =>
        {
            if (error is not null || code is null || state is null)
            {
                return Failed(error is null ? "The provider sent no code." : $"The provider answered: {error}.");
            }

            var result = await sender.Send(new CompleteSsoCommand(code, state), context.RequestAborted);
            if (!result.Succeeded) return Failed("Single sign-on did not succeed; ask your admin to check the audit log.");
            SessionCookie.Set(context.Response, result.SessionToken!);
            return Results.Redirect("/");
        });
    }

    private static Uri CallbackUri(HttpRequest request) => new($"{request.Scheme}://{request.Host}/sso/callback");

    private static IResult Failed(string message) => Results.Redirect("/signin?sso_error=" + Uri.EscapeDataString(message));
}
