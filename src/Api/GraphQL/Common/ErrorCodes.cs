namespace Deepnote.Api.GraphQL.Common;

/// <summary>The error codes of docs/api.md, in <c>errors[].extensions.code</c>.</summary>
public static class ErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string Conflict = "CONFLICT";
    public const string LimitExceeded = "LIMIT_EXCEEDED";
    public const string Unavailable = "UNAVAILABLE";
    public const string Internal = "INTERNAL";
}
