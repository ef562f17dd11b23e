using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Deepnote.Infrastructure.Vault.Crypto;

/// <summary>Unwrapped workspace keys, kept in memory for at most <see cref="Lifetime"/> and
/// <see cref="MaxUses"/> uses, and at most <see cref="MaxEntries"/> keys (the oldest go first); evicted keys are
/// zeroed. In steady state a workspace key costs one provider call per five minutes.</summary>
public sealed class WorkspaceKeyCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    public const int MaxUses = 100_000;
    public const int MaxEntries = 1_000;

    private readonly ConcurrentDictionary<(Guid Workspace, int Version), Entry> _entries = new();

    public async Task<byte[]> GetOrAddAsync(Guid workspace, int version, Func<Task<byte[]>> unwrap)
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue((workspace, version), out var entry) && entry.ExpiresAt > now
            && Interlocked.Increment(ref entry.Uses) <= MaxUses)
        {
            return entry.Key;
        }

        // A replaced entry may still be in use by a caller that got it a moment ago: it is dropped, not zeroed.
        var key = await unwrap();
        _entries[(workspace, version)] = new Entry(key, now + Lifetime);
        TrimToSize();
        return key;
    }

    /// <summary>Forgets (and zeroes) every version of a workspace's key: after rotation or destruction.</summary>
    public void Evict(Guid workspace)
    {
        foreach (var key in _entries.Keys.Where(k => k.Workspace == workspace))
        {
            if (_entries.TryRemove(key, out var entry)) CryptographicOperations.ZeroMemory(entry.Key);
        }
    }

    public int Count => _entries.Count;

    private void TrimToSize()
    {
        if (_entries.Count <= MaxEntries) return;
        foreach (var oldest in _entries.OrderBy(e => e.Value.ExpiresAt).Take(_entries.Count - MaxEntries).ToList())
        {
            _entries.TryRemove(oldest.Key, out _);
        }
    }

    private sealed class Entry(byte[] key, DateTimeOffset expiresAt)
    {
        public byte[] Key { get; } = key;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public int Uses;
    }
}
