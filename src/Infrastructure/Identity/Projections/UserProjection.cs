using Deepnote.Domain.Identity.Tokens.Events;
using Deepnote.Domain.Identity.Users.Events;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.EventStore;

namespace Deepnote.Infrastructure.Identity.Projections;

internal sealed class UserProjection : IInlineProjection
{
    public IReadOnlyList<string> Tables { get; } = ["users", "api_tokens", "sso_links"];

    public void Project(IDomainEvent domainEvent, ISqlBatch batch)
    {
        switch (domainEvent)
        {
            case UserRegistered e:
                // The address from the directory (events since issue 15 name it by id); an erased one leaves a
                // placeholder that no mail reaches and no sign-in matches.
                batch.Add("""
                    insert into users (user_id, email, activated, registered_at)
                    values ($1, coalesce($2, (select email from public.personal_addresses where address_id = $5),
                                         'erased-' || $1::text || '@invalid'), $3, $4)
                    """, e.UserId.Value, e.Email, e.Activated, e.OccurredAt, e.AddressId?.Value);
                break;
            case UserActivated e:
                batch.Add("update users set activated = true where user_id = $1", e.UserId.Value);
                break;
            case SsoLinked e:
                batch.Add("""
                    insert into sso_links (workspace_id, issuer, subject, user_id, linked_at) values ($1, $2, $3, $4, $5)
                    """, e.WorkspaceId.Value, e.Issuer, e.Subject, e.UserId.Value, e.OccurredAt);
                break;
            case ApiTokenCreated e:
                batch.Add("""
                    insert into api_tokens (token_id, workspace_id, owner_id, name, created_at, expires_at)
                    values ($1, $2, $3, $4, $5, $6)
                    """, e.TokenId.Value, e.WorkspaceId.Value, e.OwnerId.Value, e.Name, e.OccurredAt, e.ExpiresAt);
                break;
            case ApiTokenRevoked e:
                batch.Add("update api_tokens set revoked_at = $2 where token_id = $1", e.TokenId.Value, e.OccurredAt);
                break;
        }
    }
}
