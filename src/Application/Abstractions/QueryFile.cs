namespace Deepnote.Application.Abstractions;

/// <summary>A decrypted upload in memory, readable by the engine at <paramref name="Path"/> as table <paramref name="Name"/>.</summary>
public sealed record QueryFile(string Name, string Format, string Path);
