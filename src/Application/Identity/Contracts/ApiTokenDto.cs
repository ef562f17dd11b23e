using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Contracts;

public sealed record ApiTokenDto(ApiTokenId Id, WorkspaceId WorkspaceId, UserId OwnerId, string OwnerEmail, string Name,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);
