using Deepnote.Domain.SharedKernel;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Contracts.RevokeUserSessions;

namespace Deepnote.Application.Identity.Contracts;

public sealed record ApiTokenDto(ApiTokenId Id, WorkspaceId WorkspaceId, UserId OwnerId, string OwnerEmail, string Name,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);
