namespace Deepnote.Application.Caching.Contracts;

/// <summary>The cache entry a run reads or fills: its key and time to live.</summary>
public sealed record CacheSlot(byte[] Key, int TtlSeconds);
