using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using Npgsql;

namespace Deepnote.Api.GraphQL.Common;

/// <summary>An error the client is meant to see: a code from docs/api.md, a message, and per-field messages for
/// validation failures.</summary>
public sealed class DeepnoteError(string code, string message, IReadOnlyList<FieldError>? fields = null)
    : ExecutionError(message)
{
    public IReadOnlyList<FieldError>? Fields { get; } = fields;

    public string ErrorCode { get; } = code;

    /// <summary>The one place where exceptions become GraphQL error codes. Anything unknown is INTERNAL, and its
    /// message is not shown.</summary>
    public static DeepnoteError From(Exception exception) => exception switch
    {
        DeepnoteError e => e,
        UnauthenticatedException e => new(ErrorCodes.Unauthenticated, e.Message),
        ForbiddenException e => new(ErrorCodes.Forbidden, "You are not allowed to do this: " + e.Message + "."),
        NotFoundException e => new(ErrorCodes.NotFound, e.Message),
        RequestValidationException e => new(ErrorCodes.ValidationFailed, "The input is not valid.", e.Errors),
        ConcurrencyException => new(ErrorCodes.Conflict, "Someone else changed this at the same time; try again."),
        KeyProviderUnavailableException e => new(ErrorCodes.Unavailable, e.Message),
        DependencyUnavailableException e => new(ErrorCodes.Unavailable, e.Message),
        Application.Audit.Checkpoints.CheckpointRefusedException e => new(ErrorCodes.Conflict, e.Message),
        FileTooLargeException e => new(ErrorCodes.LimitExceeded, e.Message),
        LimitExceededException e => new(ErrorCodes.LimitExceeded, e.Message),
        Application.Identity.Ports.SsoRejectedException e => new(ErrorCodes.Unavailable, "Single sign-on failed: " + e.Reason),
        Microsoft.AspNetCore.Http.BadHttpRequestException { StatusCode: 413 } =>
            new(ErrorCodes.LimitExceeded, "The request body is too large."),
        SecretShreddedException e => new(ErrorCodes.Conflict, e.Message),
        SecretTamperedException e => new(ErrorCodes.Conflict, e.Message),
        DomainException { Kind: DomainErrorKind.Conflict } e => new(ErrorCodes.Conflict, e.Message),
        DomainException { Kind: DomainErrorKind.NotFound } e => new(ErrorCodes.NotFound, e.Message),
        DomainException e => new(ErrorCodes.ValidationFailed, e.Message),
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } =>
            new(ErrorCodes.Conflict, "This already exists."),
        PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.QueryCanceled } =>
            new(ErrorCodes.Unavailable, "The database is busy; try again."),
        PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter } =>
            new(ErrorCodes.ValidationFailed, Application.Common.Validation.StoredText.Message),
        System.Text.EncoderFallbackException or System.Text.DecoderFallbackException =>
            new(ErrorCodes.ValidationFailed, Application.Common.Validation.StoredText.Message),
        NpgsqlException or TimeoutException => new(ErrorCodes.Unavailable, "The database is unavailable; try again."),
        OperationCanceledException => new(ErrorCodes.Unavailable, "The request was cancelled."),
        _ => Internal(),
    };

    public static DeepnoteError Internal() => new(ErrorCodes.Internal, "An internal error occurred.");

    public static DeepnoteError InvalidField(string field, string message) =>
        new(ErrorCodes.ValidationFailed, "The input is not valid.", [new FieldError(field, message)]);
}
