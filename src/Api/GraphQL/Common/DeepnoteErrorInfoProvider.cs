using global::GraphQL;
using global::GraphQL.Execution;
using global::GraphQL.Validation;
using global::GraphQL.Validation.Errors.Custom;

namespace Deepnote.Api.GraphQL.Common;

/// <summary>Shapes every error as <c>{ message, locations, path, extensions: { code, fields? } }</c>: codes from
/// docs/api.md only, never a stack trace or an exception's own message.</summary>
public sealed class DeepnoteErrorInfoProvider(ILogger<DeepnoteErrorInfoProvider> logger) : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var error = executionError switch
        {
            DeepnoteError e => e,
            ComplexityError e => new DeepnoteError(ErrorCodes.LimitExceeded, e.Message),
            ValidationError or InvalidVariableError or SyntaxError or DocumentError =>
                new DeepnoteError(ErrorCodes.ValidationFailed, executionError.Message),
            _ => Unexpected(executionError),
        };

        var extensions = new Dictionary<string, object?> { ["code"] = error.ErrorCode };
        if (error.Fields is { Count: > 0 } fields)
        {
            extensions["fields"] = fields.Select(f => new Dictionary<string, object?>
            {
                ["field"] = f.Field,
                ["message"] = f.Message,
            }).ToList();
        }

        return new ErrorInfo { Message = error.Message, Extensions = extensions };
    }

    private DeepnoteError Unexpected(ExecutionError error)
    {
        var mapped = error.InnerException is { } inner ? DeepnoteError.From(inner) : DeepnoteError.Internal();
        if (mapped.ErrorCode == ErrorCodes.Internal)
        {
            logger.LogError(error.InnerException ?? error, "Unexpected GraphQL error {ErrorType}", error.GetType().Name);
        }

        return mapped;
    }
}
