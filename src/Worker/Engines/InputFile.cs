using Microsoft.Win32.SafeHandles;

namespace Deepnote.Worker.Engines;

/// <summary>A run's input file, received from the API into a memfd of the worker's own.</summary>
public sealed class InputFile(string name, string format, SafeFileHandle handle, string path) : IDisposable
{
    public string Name { get; } = name;

    /// <summary><c>csv</c> or <c>parquet</c>.</summary>
    public string Format { get; } = format;

    public string Path { get; } = path;

    public long Length => RandomAccess.GetLength(handle);

    public void Dispose() => handle.Dispose();
}
