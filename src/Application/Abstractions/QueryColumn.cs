namespace Deepnote.Application.Abstractions;

public sealed record QueryColumn(string Name, string Type);
