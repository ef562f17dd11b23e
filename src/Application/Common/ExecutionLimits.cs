namespace Deepnote.Application.Common;

/// <summary>The host's defaults and hard maxima for running queries and caching their results (configuration
/// section <c>Execution</c>). A connection's guardrails choose within them; nothing exceeds the maxima.</summary>
public sealed class ExecutionLimits
{
    public int DefaultTimeoutSeconds { get; set; } = 60;

    public int MaxTimeoutSeconds { get; set; } = 600;

    public int DefaultMaxRows { get; set; } = 10_000;

    public int MaxRows { get; set; } = 1_000_000;

    public long DefaultMaxBytes { get; set; } = 64L << 20;

    public long MaxBytes { get; set; } = 512L << 20;

    /// <summary>How long <c>executeQuery</c> waits for a result before answering RUNNING.</summary>
    public int DefaultWaitSeconds { get; set; } = 5;

    public int MaxWaitSeconds { get; set; } = 30;

    /// <summary>Results not read for this long are dropped from memory.</summary>
    public int ResultIdleMinutes { get; set; } = 15;

    /// <summary>All results held in memory on this node, in real bytes (Arrow buffers). A new result that does not
    /// fit drops only its owner's least recently read results, never anyone else's; if still too big it is not kept.</summary>
    public long ResultMemoryBytes { get; set; } = 1L << 30;

    /// <summary>One person's results held on this node.</summary>
    public long ResultMemoryPerPersonBytes { get; set; } = 256L << 20;

    /// <summary>One workspace's results held on this node.</summary>
    public long ResultMemoryPerWorkspaceBytes { get; set; } = 512L << 20;

    public int MaxRunningPerUser { get; set; } = 8;

    public int MaxCacheTtlSeconds { get; set; } = 86_400;

    /// <summary>Sealed cache entries per workspace; the oldest are evicted beyond it.</summary>
    public long CacheBytesPerWorkspace { get; set; } = 256L << 20;

    /// <summary>Results larger than this are not cached.</summary>
    public int MaxCacheEntryBytes { get; set; } = 16 << 20;
}
