using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Keys.Events;

/// <summary>Every data key of the workspace is wrapped under <paramref name="Version"/>; older versions are retired.</summary>
[EventName("WorkspaceKeyRotationCompleted")]
public sealed record WorkspaceKeyRotationCompleted(WorkspaceId WorkspaceId, Guid RotationId, int Version,
    long Rewrapped, DateTimeOffset OccurredAt) : IDomainEvent;
