using Deepnote.Application.Common;

namespace Deepnote.Application.Access.Contracts;

/// <summary>A workspace's own query defaults and longest cache TTL (null: the host's).</summary>
public sealed record WorkspaceQuerySettings(int? DefaultTimeoutSeconds, int? DefaultMaxRows, int? MaxCacheTtlSeconds)
{
    public static WorkspaceQuerySettings HostDefaults { get; } = new(null, null, null);

    public int TimeoutSeconds(ExecutionLimits host) => Math.Min(DefaultTimeoutSeconds ?? host.DefaultTimeoutSeconds, host.MaxTimeoutSeconds);

    public int MaxRows(ExecutionLimits host) => Math.Min(DefaultMaxRows ?? host.DefaultMaxRows, host.MaxRows);

    public int CacheTtlCap(ExecutionLimits host) => Math.Min(MaxCacheTtlSeconds ?? host.MaxCacheTtlSeconds, host.MaxCacheTtlSeconds);
}
