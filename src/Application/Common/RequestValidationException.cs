namespace Deepnote.Application.Common;

/// <summary>Input that failed validation (mapped to VALIDATION_FAILED with per-field messages).</summary>
public sealed class RequestValidationException(IReadOnlyList<FieldError> errors)
    : Exception("The input is not valid: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}
