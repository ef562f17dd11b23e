namespace Deepnote.Worker.Results;

/// <param name="Type">The engine's name of its type (<c>int4</c>, <c>VARCHAR</c>…), shown to people.</param>
public sealed record ResultColumn(string Name, string Type, ColumnKind Kind);
