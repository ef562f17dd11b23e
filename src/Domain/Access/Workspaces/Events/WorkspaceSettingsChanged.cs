using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

/// <summary>Workspace-wide settings: the longest lifetime an API token may be given.</summary>
[EventName("WorkspaceSettingsChanged")]
public sealed record WorkspaceSettingsChanged(WorkspaceId WorkspaceId, int MaxTokenLifetimeDays, DateTimeOffset OccurredAt)
    : IDomainEvent;
