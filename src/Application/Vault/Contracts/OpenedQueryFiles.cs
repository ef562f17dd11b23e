using Deepnote.Application.Abstractions;

namespace Deepnote.Application.Vault.Contracts;

/// <summary>Decrypted files, by the name the SQL uses and the path an engine opens; disposing wipes them.</summary>
public sealed class OpenedQueryFiles(IReadOnlyList<QueryFile> files, IReadOnlyList<IMemoryFile> memory) : IDisposable
{
    public static OpenedQueryFiles None { get; } = new([], []);

    public IReadOnlyList<QueryFile> Files { get; } = files;

    public void Dispose()
    {
        foreach (var file in memory) file.Dispose();
    }
}
