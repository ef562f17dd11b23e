using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Deepnote.Infrastructure.Audit.Checkpoints;

/// <summary>Opens a checkpoint file for appending with <c>O_APPEND</c> (open(2)), which .NET's <see cref="FileMode.Append"/>
/// does not set: every write then lands at the end whatever the offset, and the file itself may be marked append-only
/// (<c>chattr +a</c>), which refuses any other opening for writing. An exclusive <c>flock</c> serialises writers, as
/// <see cref="FileShare.None"/> did.</summary>
internal static class AppendOnlyFile
{
    private const int WriteOnly = 0x1, Create = 0x40, Append = 0x400, CloseOnExec = 0x80000;
    private const int LockExclusive = 2, LockNonBlocking = 4;
    private const int WouldBlock = 11;

    /// <summary>Null while another writer (or a reader) holds the file's lock.</summary>
    public static FileStream? TryOpen(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);
            stream.Seek(0, SeekOrigin.End);
            return stream;
        }

        var fd = Open(path, WriteOnly | Create | Append | CloseOnExec, Convert.ToInt32("600", 8));
        if (fd < 0) throw new IOException($"Cannot open {path} for appending (errno {Marshal.GetLastPInvokeError()}).");
        var handle = new SafeFileHandle(fd, ownsHandle: true);
        if (Flock(fd, LockExclusive | LockNonBlocking) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            handle.Dispose();
            return error == WouldBlock ? null : throw new IOException($"Cannot lock {path} (errno {error}).");
        }

        return new FileStream(handle, FileAccess.Write, bufferSize: 0);
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static extern int Flock(int fd, int operation);
}
