using Deepnote.Api.GraphQL.Common;

namespace Deepnote.Api.Security;

/// <summary>With DEEPNOTE_PUBLIC_URL set, only that host name is served: a request naming another Host is refused
/// before anything runs (so no page, redirect or cookie is ever made for a host the caller picked). Load-balancer
/// probes reach <c>/healthz</c> and <c>/readyz</c> by the node's own address.</summary>
public sealed class PublicHostMiddleware(RequestDelegate next, Uri publicUrl)
{
    public Task InvokeAsync(HttpContext context) =>
        context.Request.Path.Value is "/healthz" or "/readyz"
        || string.Equals(context.Request.Host.Host, publicUrl.Host, StringComparison.OrdinalIgnoreCase)
            ? next(context)
            : GraphQLErrors.WriteAsync(context, StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed,
                $"This server answers as {publicUrl.Host}.");
}
