using Deepnote.Domain.Identity.Tokens.Events;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Tokens;

/// <summary>An API token: a name, an owner, a workspace and a required expiry; revocable once.</summary>
public sealed class ApiToken : AggregateRoot<ApiTokenId>
{
    public const int MaxNameLength = 100;
    public const int MaxLifetimeDays = 365;

    public WorkspaceId WorkspaceId { get; private set; }

    public UserId OwnerId { get; private set; }

    public bool IsRevoked { get; private set; }

    public override Guid ChainId => WorkspaceId.Value;

    public static ApiToken Create(WorkspaceId workspace, UserId owner, string name, int expiresInDays, DateTimeOffset now)
    {
        if (expiresInDays is < 1 or > MaxLifetimeDays) throw new TokenLifetimeException();
        var token = new ApiToken();
        token.Raise(new ApiTokenCreated(ApiTokenId.New(), workspace, owner, name.Trim(), now.AddDays(expiresInDays), now));
        return token;
    }

    public void Revoke(UserId by, DateTimeOffset now)
    {
        if (IsRevoked) throw new TokenRevokedException(Id);
        Raise(new ApiTokenRevoked(Id, WorkspaceId, by, now));
    }

    protected override void When(IDomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case ApiTokenCreated e: (Id, WorkspaceId, OwnerId) = (e.TokenId, e.WorkspaceId, e.OwnerId); break;
            case ApiTokenRevoked: IsRevoked = true; break;
            default: throw new InvalidOperationException($"{nameof(ApiToken)} cannot apply {domainEvent.GetType().Name}.");
        }
    }
}
