using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Deepnote.Infrastructure.Execution.Workers;

/// <summary>The bubblewrap command line of one worker. Inside: a non-root uid in its own user, mount, PID, IPC, UTS,
/// cgroup and network namespaces (loopback only), no capabilities, an empty environment, a private tmpfs for /tmp
/// (DuckDB's temporary files too), and read-only exactly: the worker's build (/worker), the .NET runtime (/dotnet),
/// the system's shared libraries (libc, libstdc++ for libduckdb, OpenSSL, zlib), the CA bundle, and the worker's own
/// folder (/run/deepnote: its egress socket). Nothing of the repository, the data directory or other workers.</summary>
public static class SandboxCommand
{
    public const string Bubblewrap = "/usr/bin/bwrap";

    /// <summary>A shell that moves itself into the worker's cgroups, then becomes bubblewrap.</summary>
    public static ProcessStartInfo For(WorkerOptions options, string workerFolder, IReadOnlyList<string> cgroupProcs,
        IReadOnlyList<string> duckDbDirectories)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Clear(); // the worker inherits nothing of the API's environment (its secrets least of all)
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("""while [ "$1" != "--" ]; do echo $$ > "$1" || exit 97; shift; done; shift; exec "$@" """);
        start.ArgumentList.Add("deepnote-worker");
        foreach (var procs in cgroupProcs) start.ArgumentList.Add(procs);
        start.ArgumentList.Add("--");
        foreach (var argument in Arguments(options, workerFolder, duckDbDirectories)) start.ArgumentList.Add(argument);
        return start;
    }

    public static IReadOnlyList<string> Arguments(WorkerOptions options, string workerFolder,
        IReadOnlyList<string> duckDbDirectories)
    {
        var dotnet = DotnetRoot();
        var args = new List<string>
        {
            // No --die-with-parent: its signal follows the thread that started the process, and .NET starts processes
            // from pool threads that come and go. A worker whose API is gone sees its input close and exits.
            Bubblewrap, "--unshare-all", "--new-session", "--clearenv",
            "--unshare-user", "--uid", Id(options.SandboxUid), "--gid", Id(options.SandboxUid),
            "--cap-drop", "ALL", "--hostname", "worker",
            "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--dir", "/tmp/etc",
            "--ro-bind", options.Directory, "/worker",
            "--ro-bind", Path.Combine(dotnet, "dotnet"), "/dotnet/dotnet",
            "--ro-bind", Path.Combine(dotnet, "host"), "/dotnet/host",
            "--ro-bind", Path.GetDirectoryName(RuntimeEnvironment.GetRuntimeDirectory().TrimEnd('/'))!,
            "/dotnet/shared/Microsoft.NETCore.App",
            "--ro-bind", workerFolder, "/run/deepnote",
            "--symlink", "/tmp/etc/hosts", "/etc/hosts",
            "--symlink", "/tmp/etc/nsswitch.conf", "/etc/nsswitch.conf",
        };
        args.AddRange(LibraryBinds());
        foreach (var path in new[] { "/etc/ssl", "/usr/share/ca-certificates", "/usr/lib/ssl" }.Where(Path.Exists))
        {
            args.AddRange(["--ro-bind", path, path]);
        }

        foreach (var directory in duckDbDirectories) args.AddRange(["--ro-bind", directory, directory]);
        args.AddRange(["--setenv", "DOTNET_EnableDiagnostics", "0", "--setenv", "TMPDIR", "/tmp",
            "--setenv", "DOTNET_gcServer", "0", "--chdir", "/tmp",
            "/dotnet/dotnet", "/worker/Deepnote.Worker.dll",
            Id(options.MemoryMegabytes / 2), Id(options.MemoryMegabytes / 4)]); // DuckDB's memory and its spill (/tmp is RAM too)
        return args;
    }

    /// <summary>The folders of shared libraries the dynamic loader searches: the architecture's folder bound, and
    /// /lib, /lib64 as the links they are on a merged-/usr system (or bound when they are real folders).</summary>
    private static IEnumerable<string> LibraryBinds()
    {
        var arch = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? "aarch64-linux-gnu" : "x86_64-linux-gnu";
        foreach (var folder in new[] { $"/usr/lib/{arch}", "/usr/lib64", "/lib", "/lib64" })
        {
            var info = new DirectoryInfo(folder);
            if (!info.Exists) continue;
            if (info.LinkTarget is not null) yield return "--symlink";
            else yield return "--ro-bind";
            yield return info.LinkTarget ?? folder;
            yield return folder;
        }
    }

    private static string DotnetRoot()
    {
        // .../shared/Microsoft.NETCore.App/<version>/ → the folder of the dotnet host
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory().TrimEnd('/'));
        return runtime.Parent!.Parent!.Parent!.FullName;
    }

    private static string Id(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
