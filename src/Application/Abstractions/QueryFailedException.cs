namespace Deepnote.Application.Abstractions;

/// <param name="Code">The engine's error code (a SQLSTATE such as 42P01, or TIMEOUT, CONNECTION).</param>
/// <param name="ErrorClass">QUERY, TIMEOUT, CONNECTION or ENVIRONMENT (recorded in the run's event).</param>
public sealed class QueryFailedException(string code, string message, string errorClass = "QUERY", Exception? inner = null)
    : Exception(message, inner)
{
    public string Code { get; } = code;

    public string ErrorClass { get; } = errorClass;
}
