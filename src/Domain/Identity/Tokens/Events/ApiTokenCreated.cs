using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Tokens.Events;

/// <summary>An integrator's token for one workspace, acting as its owner. Only a hash of the secret is kept, and
/// not in the log.</summary>
[EventName("ApiTokenCreated")]
public sealed record ApiTokenCreated(ApiTokenId TokenId, WorkspaceId WorkspaceId, UserId OwnerId, string Name,
    DateTimeOffset ExpiresAt, DateTimeOffset OccurredAt) : IDomainEvent;
