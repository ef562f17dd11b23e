namespace Deepnote.Application.Common;

/// <summary>A bound was reached (too many running queries, say); mapped to LIMIT_EXCEEDED.</summary>
public sealed class LimitExceededException(string message) : Exception(message);
