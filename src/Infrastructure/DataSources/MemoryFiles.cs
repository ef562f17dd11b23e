using System.Runtime.InteropServices;
using Deepnote.Application.Abstractions;
using Microsoft.Win32.SafeHandles;

namespace Deepnote.Infrastructure.DataSources;

/// <summary>memfd_create(2): an anonymous file in RAM, reachable only through this process's descriptor
/// (<c>/proc/self/fd/N</c>), gone when closed. Swap, if enabled, is the operating system's concern.</summary>
public sealed class MemoryFiles : IMemoryFiles
{
    private const uint CloseOnExec = 1;

    public IMemoryFile Create(string name)
    {
        var fd = MemfdCreate("deepnote-" + name, CloseOnExec);
        if (fd < 0) throw new IOException($"memfd_create failed (errno {Marshal.GetLastPInvokeError()}).");
        return new MemoryFile(new SafeFileHandle(fd, ownsHandle: true), $"/proc/self/fd/{fd}");
    }

    [DllImport("libc", EntryPoint = "memfd_create", SetLastError = true)]
    private static extern int MemfdCreate([MarshalAs(UnmanagedType.LPUTF8Str)] string name, uint flags);

    private sealed class MemoryFile(SafeFileHandle handle, string path) : IMemoryFile
    {
        public Stream Content { get; } = new FileStream(handle, FileAccess.ReadWrite, bufferSize: 0);

        public string Path { get; } = path;

        public void Dispose() => Content.Dispose();
    }
}
