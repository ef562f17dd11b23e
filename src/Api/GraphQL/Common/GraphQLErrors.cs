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
}
