using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Keys.Events;

[EventName("WorkspaceKeyRotationStarted")]
public sealed record WorkspaceKeyRotationStarted(WorkspaceId WorkspaceId, Guid RotationId, int FromVersion,
    int ToVersion, string Provider, string KeyId, DateTimeOffset OccurredAt) : IDomainEvent;
