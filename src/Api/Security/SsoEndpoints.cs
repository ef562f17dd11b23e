using Deepnote.Application.Common;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Application.Identity.Sso.CompleteSso;
using Deepnote.Application.Identity.Sso.StartSso;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Api.Security;

/// <summary>Browser endpoints of single sign-on: <c>/sso/start?email=</c> (or <c>?workspaceId=</c>) sends the
/// browser to the provider; <c>/sso/callback</c> completes the sign-in and sets the session cookie. Failures land on
/// the sign-in page with a code from a fixed set (<see cref="SsoFailureCodes"/>); no provider text is passed on.</summary>
public static class SsoEndpoints
{
    public static void MapSsoEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sso/start", async (HttpContext context, ISender sender, string? email, string? workspaceId) =>
        {
            try
            {
                var workspace = Guid.TryParse(workspaceId, out var id) ? new WorkspaceId(id) : (WorkspaceId?)null;
                var start = await sender.Send(new StartSsoCommand(workspace is null ? email ?? "" : null, workspace), context.RequestAborted);
                SsoBindingCookie.Set(context.Response, start.BrowserBinding);
                return Results.Redirect(start.RedirectUrl.ToString());
            }
            catch (Exception ex) when (ex is NotFoundException or RequestValidationException or SsoRejectedException)
            {
                return Failed(ex switch
                {
                    SsoRejectedException => SsoFailureCodes.Unavailable,
                    NotFoundException => SsoFailureCodes.NoSso,
                    _ => SsoFailureCodes.Failed,
                });
            }
        });

        endpoints.MapGet("/sso/callback", async (HttpContext context, ISender sender, string? code, string? state, string? error) =>
        {
            if (error is not null) return Failed(error == "access_denied" ? SsoFailureCodes.AccessDenied : SsoFailureCodes.ProviderError);
            if (code is null || state is null || code.Length > 4096 || state.Length > 200) return Failed(SsoFailureCodes.Failed);

            var result = await sender.Send(new CompleteSsoCommand(code, state, SsoBindingCookie.Read(context.Request)),
                context.RequestAborted);
            SsoBindingCookie.Clear(context.Response);
            if (!result.Succeeded) return Failed(result.FailureCode ?? SsoFailureCodes.Failed);
            SessionCookie.Set(context.Response, result.SessionToken!);
            return Results.Redirect("/");
        });
    }

    private static IResult Failed(string code) => Results.Redirect("/signin?sso_error=" + code);
}
