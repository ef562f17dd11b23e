using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Keys.Events;

[EventName("WorkspaceKeyRotationFailed")]
public sealed record WorkspaceKeyRotationFailed(WorkspaceId WorkspaceId, Guid RotationId, string Reason,
    DateTimeOffset OccurredAt) : IDomainEvent;
