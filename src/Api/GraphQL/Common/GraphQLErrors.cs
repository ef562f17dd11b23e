using System.Text.Json;

namespace Deepnote.Api.GraphQL.Common;

/// <summary>Writes a request-level error (before any GraphQL execution) in the GraphQL response shape.</summary>
public static class GraphQLErrors
{
    public static async Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            errors = new[] { new { message, extensions = new { code } } },
        }), context.RequestAborted);
    }

    /// <summary>VALIDATION_FAILED naming one field (a request variable, say).</summary>
    public static async Task WriteInvalidFieldAsync(HttpContext context, string field, string message)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            errors = new[]
            {
                new { message = "The input is not valid.", extensions = new { code = ErrorCodes.ValidationFailed, fields = new[] { new { field, message } } } },
            },
        }), context.RequestAborted);
    }

    /// <summary>For the plain HTTP endpoints (files, audit export): maps failures the same way the GraphQL endpoint
    /// does, as long as nothing has been sent yet.</summary>
    public static async Task RespondAsync(HttpContext context, Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            context.Response.ContentLength = null; // the file's headers, set before the failure, no longer apply
            context.Response.Headers.ContentDisposition = default;
            var error = DeepnoteError.From(ex);
            if (error.ErrorCode == ErrorCodes.Internal)
            {
                context.RequestServices.GetRequiredService<ILogger<DeepnoteError>>().LogError(ex, "{Path} failed", context.Request.Path.Value);
            }

            context.Response.StatusCode = error.ErrorCode switch
            {
                ErrorCodes.Unauthenticated => 401,
                ErrorCodes.Forbidden => 403,
                ErrorCodes.NotFound => 404,
                ErrorCodes.ValidationFailed => 400,
                ErrorCodes.Conflict => 409,
                ErrorCodes.LimitExceeded => 413,
                ErrorCodes.Unavailable => 503,
                _ => 500,
            };
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(JsonSerializer.Serialize(new
            {
                errors = new[]
                {
                    new
                    {
                        message = error.Message,
                        extensions = new { code = error.ErrorCode, fields = error.Fields },
                    },
                },
            }, new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }));
        }
    }
}
