namespace Deepnote.Application.Common;

public sealed record PageItem<T>(string Cursor, T Node);
