using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Deepnote.Worker.Engines;

/// <summary>memfd_create(2): an anonymous file in RAM, reachable only through this process's descriptor
/// (<c>/proc/self/fd/N</c>), gone when closed. Swap, if enabled, is the operating system's concern.</summary>
public static class Memfd
{
    private const uint CloseOnExec = 1;

    public static (SafeFileHandle Handle, string Path) Create(string name)
    {
        var fd = MemfdCreate("deepnote-" + name, CloseOnExec);
        if (fd < 0) throw new IOException($"memfd_create failed (errno {Marshal.GetLastPInvokeError()}).");
        return (new SafeFileHandle(fd, ownsHandle: true), $"/proc/self/fd/{fd}");
    }

    [DllImport("libc", EntryPoint = "memfd_create", SetLastError = true)]
    private static extern int MemfdCreate([MarshalAs(UnmanagedType.LPUTF8Str)] string name, uint flags);
}
