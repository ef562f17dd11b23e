using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Contracts;

public sealed record ApiTokenDto(ApiTokenId Id, WorkspaceId WorkspaceId, UserId OwnerId, string OwnerEmail, string Name,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>A new token: <see cref="Secret"/> is shown to its owner once and never stored.</summary>
public sealed record CreatedApiToken(ApiTokenDto Token, string Secret)
{
    public override string ToString() => $"{nameof(CreatedApiToken)} {{ {Token.Id} }}";
}
