using Deepnote.Application.Caching.Contracts.GetCachePolicy;
using Deepnote.Application.Caching.Contracts.GetCacheSlot;
using Deepnote.Application.Caching.Contracts.InvalidateConnectionCache;
using Deepnote.Application.Caching.Contracts.LookupCachedResult;
using Deepnote.Application.Caching.Contracts.PurgeCacheBelowKeyVersion;
using Deepnote.Application.Caching.Contracts.StoreCachedResult;

namespace Deepnote.Application.Caching.Contracts;

/// <summary>The cache entry a run reads or fills: its key and time to live.</summary>
public sealed record CacheSlot(byte[] Key, int TtlSeconds);
