using Deepnote.Application.Abstractions;
using Deepnote.Worker.Engines;
using Microsoft.Win32.SafeHandles;

namespace Deepnote.Infrastructure.DataSources;

/// <summary>Decrypted uploads live in memfds of this process until their bytes are streamed to a worker.</summary>
public sealed class MemoryFiles : IMemoryFiles
{
    public IMemoryFile Create(string name)
    {
        var (handle, path) = Memfd.Create(name);
        return new MemoryFile(handle, path);
    }

    private sealed class MemoryFile(SafeFileHandle handle, string path) : IMemoryFile
    {
        public Stream Content { get; } = new FileStream(handle, FileAccess.ReadWrite, bufferSize: 0);

        public string Path { get; } = path;

        public void Dispose() => Content.Dispose();
    }
}
