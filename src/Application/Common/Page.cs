namespace Deepnote.Application.Common;

public sealed record Page<T>(IReadOnlyList<PageItem<T>> Items, bool HasNextPage, bool HasPreviousPage, int? TotalCount);
