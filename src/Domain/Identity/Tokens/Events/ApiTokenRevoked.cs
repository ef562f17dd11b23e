using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Tokens.Events;

[EventName("ApiTokenRevoked")]
public sealed record ApiTokenRevoked(ApiTokenId TokenId, WorkspaceId WorkspaceId, UserId RevokedBy,
    DateTimeOffset OccurredAt) : IDomainEvent;
