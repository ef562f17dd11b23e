using System.Diagnostics;
using Deepnote.Application.Audit.Contracts;
using Deepnote.Infrastructure.Audit.Checkpoints;

namespace Deepnote.IntegrationTests.Audit;

/// <summary>The checkpoint directory on a real file system: its files may be marked append-only (<c>chattr +a</c>,
/// as root, as <c>./deepnote test</c> runs), and the sink keeps appending to them while nobody can rewrite them.</summary>
public sealed class CheckpointSinkTests
{
    [Fact]
    public async Task AFileMarkedAppendOnly_StillTakesCheckpoints_AndCannotBeRewrittenOrDeleted()
    {
        var directory = Path.Combine(Path.GetTempPath(), "deepnote-sink-" + Guid.NewGuid().ToString("N"));
        var sink = new DirectoryCheckpointSink(directory);
        var chain = Guid.NewGuid();
        await sink.AppendAsync(Checkpoint(chain, 1), default);
        var file = Path.Combine(directory, chain.ToString("D") + ".jsonl");
        await ChattrAsync("+a", file);
        try
        {
            await sink.AppendAsync(Checkpoint(chain, 2), default);
            await Task.WhenAll(Enumerable.Range(3, 8).Select(p => sink.AppendAsync(Checkpoint(chain, p), default)));

            var positions = new List<long>();
            await foreach (var checkpoint in sink.ReadAsync(chain, default)) positions.Add(checkpoint.Position);
            Assert.Equal(Enumerable.Range(1, 10).Select(p => (long)p), positions.Order());
            Assert.Equal(1, positions[0]);
            Assert.NotNull(await sink.LatestAsync(chain, default));
            // Anything but appending is refused by the kernel, root's own process included.
            Assert.ThrowsAny<Exception>(() => File.WriteAllText(file, "rewritten\n"));
            Assert.ThrowsAny<Exception>(() => File.Delete(file));
            Assert.Equal(10, (await File.ReadAllLinesAsync(file)).Length);
        }
        finally
        {
            await ChattrAsync("-a", file);
            Directory.Delete(directory, recursive: true);
        }
    }

    private static AuditCheckpoint Checkpoint(Guid chain, long position) =>
        new(chain, position, new string('a', 64), DateTimeOffset.UtcNow, "local:test", AuditCheckpoint.EcdsaP256Sha256, "c2lnbmF0dXJl");

    private static async Task ChattrAsync(string change, string file)
    {
        using var chattr = Process.Start(new ProcessStartInfo("chattr", [change, file]) { RedirectStandardError = true })!;
        var error = await chattr.StandardError.ReadToEndAsync();
        await chattr.WaitForExitAsync();
        Assert.True(chattr.ExitCode == 0, $"chattr {change} failed (root on ext4 or xfs is needed): {error}");
    }
}
