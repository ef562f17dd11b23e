using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

/// <summary>The workspace's defaults for running queries and its longest cache TTL; null means the host's value.</summary>
[EventName("WorkspaceQuerySettingsChanged")]
public sealed record WorkspaceQuerySettingsChanged(WorkspaceId WorkspaceId, int? DefaultTimeoutSeconds, int? DefaultMaxRows,
    int? MaxCacheTtlSeconds, DateTimeOffset OccurredAt) : IDomainEvent;
