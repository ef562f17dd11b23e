using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Deepnote.Application.Audit.Checkpoints;
using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Audit.Ports;
using Deepnote.Application.Common;

namespace Deepnote.Infrastructure.Audit.Checkpoints;

/// <summary>One JSON-lines file per chain (<c>&lt;chain id&gt;.jsonl</c>) in a directory outside PostgreSQL, only
/// ever appended to (<c>O_APPEND</c>) and flushed to disk before the job goes on. Mount it on storage the database's
/// operators cannot rewrite (a separate host, object-lock storage), or mark its files append-only (<c>chattr +a</c>):
/// docs/operations.md.</summary>
public sealed class DirectoryCheckpointSink(string directory) : ICheckpointSink
{
    private const int TailBytes = 64 * 1024;
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Writers = new();

    public async Task AppendAsync(AuditCheckpoint checkpoint, CancellationToken ct)
    {
        var path = PathOf(checkpoint.ChainId);
        var gate = Writers.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            if (!Directory.Exists(directory))
            {
                if (OperatingSystem.IsWindows()) Directory.CreateDirectory(directory);
                else Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            // O_APPEND and an exclusive flock: another node appending to a shared directory waits its turn, and the
            // file may be marked append-only.
            await using var file = await OpenForAppendAsync(path, ct);
            await file.WriteAsync(CheckpointLine.ToBytes(checkpoint), ct);
            file.Flush(flushToDisk: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DependencyUnavailableException("The audit checkpoint directory could not be written.", ex);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<AuditCheckpoint?> LatestAsync(Guid chainId, CancellationToken ct)
    {
        var path = PathOf(chainId);
        try
        {
            if (!File.Exists(path)) return null;
            await using var file = await OpenWithRetryAsync(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, ct);
            var start = Math.Max(0, file.Length - TailBytes);
            file.Seek(start, SeekOrigin.Begin);
            var tail = new byte[file.Length - start];
            await file.ReadExactlyAsync(tail, ct);
            var text = Encoding.UTF8.GetString(tail);
            // A line still being written has no newline yet: the newest complete line is the one before it.
            var end = text.LastIndexOf('\n');
            if (end <= 0) return null;
            var lineStart = text.LastIndexOf('\n', end - 1) + 1;
            return CheckpointLine.Parse(text[lineStart..end]) ?? throw Unreadable(chainId);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DependencyUnavailableException("The audit checkpoint directory could not be read.", ex);
        }
    }

    public async IAsyncEnumerable<AuditCheckpoint> ReadAsync(Guid chainId, [EnumeratorCancellation] CancellationToken ct)
    {
        var path = PathOf(chainId);
        if (!File.Exists(path)) yield break;
        using var reader = new StreamReader(await OpenWithRetryAsync(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, ct));
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0) continue;
            yield return CheckpointLine.Parse(line) ?? throw Unreadable(chainId);
        }
    }

    private string PathOf(Guid chainId) => Path.Combine(directory, chainId.ToString("D") + ".jsonl");

    private static DependencyUnavailableException Unreadable(Guid chainId) =>
        new($"The audit checkpoint file of chain {chainId:D} holds a line that is not a checkpoint: it was altered.");

    /// <summary>Waits out (up to a second) another writer's lock, or readers' shared ones.</summary>
    private static async Task<FileStream> OpenForAppendAsync(string path, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (AppendOnlyFile.TryOpen(path) is { } file) return file;
            if (attempt >= 50) throw new IOException($"{path} stayed locked for a second.");
            await Task.Delay(20, ct);
        }
    }

    /// <summary>Waits out (up to a second) a writer's exclusive lock, or readers' shared ones.</summary>
    private static async Task<FileStream> OpenWithRetryAsync(string path, FileMode mode, FileAccess access, FileShare share,
        CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, mode, access, share);
            }
            catch (IOException ex) when (ex is not FileNotFoundException && attempt < 50)
            {
                await Task.Delay(20, ct);
            }
        }
    }
}
