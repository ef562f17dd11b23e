namespace Deepnote.Application.Execution;

/// <summary>A page of rows already written as JSON (<c>[[...], ...]</c>) by the node that holds the result.</summary>
public sealed record RowsJson(int Count, byte[] Json);
