namespace Deepnote.Application.Abstractions;

/// <param name="Code">The engine's error class (a SQLSTATE such as 42P01, or TIMEOUT, CONNECTION).</param>
public sealed class QueryFailedException(string code, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string Code { get; } = code;
}
