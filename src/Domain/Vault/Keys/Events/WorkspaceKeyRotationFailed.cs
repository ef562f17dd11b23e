using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Keys.Events;

public sealed record WorkspaceKeyRotationFailed(WorkspaceId WorkspaceId, Guid RotationId, string Reason,
    DateTimeOffset OccurredAt) : IDomainEvent;
