using System.Diagnostics;
using System.Security.Cryptography;
using Deepnote.Infrastructure.Vault.Crypto;

/// <summary>Our envelope (fresh data key per secret, wrapped by the workspace key, context bound) against raw
/// AES-256-GCM of the same payload with one fixed key, in the same run; and the latency of unwrapping a
/// password with the workspace key already in the cache.</summary>
internal static class VaultBenchmark
{
    public static void Run(int seconds)
    {
        var workspaceKey = RandomNumberGenerator.GetBytes(32);
        var context = Envelope.Context(Guid.NewGuid(), "connection-password", Guid.NewGuid());
        Console.WriteLine($"# Vault envelope benchmark ({seconds} s per case, {Environment.ProcessorCount} cores)");
        Console.WriteLine();
        Console.WriteLine("| payload | operation | raw, reused buffer MiB/s | raw, new output MiB/s | envelope MiB/s | ratio to reused | ratio to new output |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var size in new[] { 16 * 1024, 1024 * 1024 })
        {
            var payload = RandomNumberGenerator.GetBytes(size);
            var rawKey = RandomNumberGenerator.GetBytes(32);
            var nonce = RandomNumberGenerator.GetBytes(12);
            var output = new byte[size];
            var tag = new byte[16];
            using var raw = new AesGcm(rawKey, 16);
            raw.Encrypt(nonce, payload, output, tag, context);
            var sealedOnce = Envelope.Seal(payload, workspaceKey, 1, context);
            var plain = new byte[size];

            var rawSeal = Throughput(seconds, size, () => raw.Encrypt(nonce, payload, output, tag, context));
            var rawSealNew = Throughput(seconds, size, () =>
                raw.Encrypt(nonce, payload, GC.AllocateUninitializedArray<byte>(size), new byte[16], context));
            var envelopeSeal = Throughput(seconds, size, () => Envelope.Seal(payload, workspaceKey, 1, context));
            var rawOpen = Throughput(seconds, size, () => raw.Decrypt(nonce, output, tag, plain, context));
            var rawOpenNew = Throughput(seconds, size, () =>
                raw.Decrypt(nonce, output, tag, GC.AllocateUninitializedArray<byte>(size), context));
            var envelopeOpen = Throughput(seconds, size, () => sealedOnce.Open(workspaceKey, context));
            var label = size >= 1024 * 1024 ? "1 MiB" : "16 KiB";
            Console.WriteLine($"| {label} | seal | {rawSeal:F0} | {rawSealNew:F0} | {envelopeSeal:F0} | {envelopeSeal / rawSeal:F2}x | {envelopeSeal / rawSealNew:F2}x |");
            Console.WriteLine($"| {label} | open | {rawOpen:F0} | {rawOpenNew:F0} | {envelopeOpen:F0} | {envelopeOpen / rawOpen:F2}x | {envelopeOpen / rawOpenNew:F2}x |");
        }

        // Unwrap with a warm cache: the cache lookup plus opening a sealed 24-byte password.
        var cache = new WorkspaceKeyCache(TimeProvider.System);
        var workspace = Guid.NewGuid();
        cache.GetOrAddAsync(workspace, 1, () => Task.FromResult(workspaceKey)).GetAwaiter().GetResult();
        var password = Envelope.Seal("correct-horse-battery-42"u8, workspaceKey, 1, context);
        var samples = new double[200_000];
        var unwraps = 0; // the cache allows 100,000 uses of a key before it asks the provider again
        for (var i = -20_000; i < samples.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var key = cache.GetOrAddAsync(workspace, 1, () =>
            {
                unwraps++;
                return Task.FromResult(workspaceKey);
            }).GetAwaiter().GetResult();
            CryptographicOperations.ZeroMemory(password.Open(key, context));
            if (i >= 0) samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(samples);
        Console.WriteLine();
        Console.WriteLine($"Unwrap of a sealed password with a warm key cache ({samples.Length:N0} samples): " +
            $"p50 {samples[samples.Length / 2]:F1} µs, p99 {samples[(int)(samples.Length * 0.99)]:F1} µs, " +
            $"p99.9 {samples[(int)(samples.Length * 0.999)]:F1} µs; provider unwraps {unwraps}");
        Console.WriteLine();
    }

    private static double Throughput(int seconds, int size, Action action)
    {
        for (var i = 0; i < 50; i++) action();
        var stop = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency / 4.0);
        long count = 0;
        var start = Stopwatch.GetTimestamp();
        while (Stopwatch.GetTimestamp() < stop)
        {
            action();
            count++;
        }

        return count * (double)size / (1024 * 1024) / Stopwatch.GetElapsedTime(start).TotalSeconds;
    }
}
