using System.Text.RegularExpressions;
using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Identity.Ports;

namespace Deepnote.Api.Security;

/// <summary>Resolves the session cookie to a user for this request, records where the request came from, and
/// refuses cookie-authenticated POSTs that lack the anti-forgery header. <c>Authorization: Bearer</c> API tokens
/// authenticate integrators instead.</summary>
public sealed partial class SessionAuthenticationMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CurrentActor actor, ISessionStore sessions, IApiTokenStore tokens)
    {
        var correlation = context.Request.Headers["X-Correlation-Id"].ToString();
        if (!SafeCorrelationId().IsMatch(correlation)) correlation = context.TraceIdentifier;
        context.Response.Headers["X-Correlation-Id"] = correlation;
        var userAgent = context.Request.Headers.UserAgent.ToString();
        actor.FromRequest(correlation, context.Connection.RemoteIpAddress?.ToString(),
            userAgent.Length > 512 ? userAgent[..512] : userAgent.Length == 0 ? null : userAgent);

        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            // Integrators: no cookie, so no anti-forgery header; a bad token is refused outright.
            if (await tokens.ResolveAsync(authorization["Bearer ".Length..].Trim(), context.RequestAborted) is not { } principal)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await GraphQLErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, "UNAUTHENTICATED",
                    "The API token is unknown, expired or revoked, or its owner left the workspace.");
                return;
            }

            actor.SignedInWithToken(principal.OwnerId, principal.TokenId, principal.WorkspaceId);
        }
        else if (context.Request.Cookies.TryGetValue(SessionCookie.Name, out var token) && token.Length is > 0 and < 200)
        {
            if (HttpMethods.IsPost(context.Request.Method)
                && string.IsNullOrEmpty(context.Request.Headers[SessionCookie.CsrfHeader]))
            {
                await GraphQLErrors.WriteAsync(context, StatusCodes.Status403Forbidden, "FORBIDDEN",
                    $"Cookie-authenticated requests must carry the {SessionCookie.CsrfHeader} header.");
                return;
            }

            if (await sessions.ResolveAsync(token, context.RequestAborted) is { } user)
            {
                actor.SignedIn(user, token);
            }
        }

        await next(context);
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{8,64}$")]
    private static partial Regex SafeCorrelationId();
}
