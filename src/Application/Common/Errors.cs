namespace Deepnote.Application.Common;

/// <summary>The request was refused by the authorization policy (mapped to FORBIDDEN).</summary>
public sealed class ForbiddenException(string reason) : Exception(reason);

/// <summary>The request needs a signed-in actor (mapped to UNAUTHENTICATED).</summary>
public sealed class UnauthenticatedException(string message = "Sign in first.") : Exception(message);

/// <summary>The thing asked for does not exist or is not visible to the actor (mapped to NOT_FOUND).</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>Input that failed validation (mapped to VALIDATION_FAILED with per-field messages).</summary>
public sealed class RequestValidationException(IReadOnlyList<FieldError> errors)
    : Exception("The input is not valid: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}

public sealed record FieldError(string Field, string Message);

/// <summary>A bound was reached (too many running queries, say); mapped to LIMIT_EXCEEDED.</summary>
public sealed class LimitExceededException(string message) : Exception(message);
