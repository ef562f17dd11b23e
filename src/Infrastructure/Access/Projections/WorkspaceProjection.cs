using Deepnote.Domain.Access.Workspaces.Events;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.EventStore;

namespace Deepnote.Infrastructure.Access.Projections;

internal sealed class WorkspaceProjection : IInlineProjection
{
    private const string AddMember =
        "insert into workspace_members (workspace_id, user_id, role, joined_at) values ($1, $2, $3, $4)";

    private const string Answer = "update invitations set status = $2, answered_at = $3 where invitation_id = $1";

    public IReadOnlyList<string> Tables { get; } = ["workspaces", "workspace_members", "invitations", "workspace_domains", "workspace_sso", "connection_grants"];

    public void Project(IDomainEvent domainEvent, ISqlBatch batch)
    {
        switch (domainEvent)
        {
            case WorkspaceCreated e:
                batch.Add("insert into workspaces (workspace_id, name, created_at) values ($1, $2, $3)",
                    e.WorkspaceId.Value, e.Name, e.OccurredAt);
                batch.Add(AddMember, e.WorkspaceId.Value, e.CreatedBy.Value, nameof(Domain.Access.WorkspaceRole.Admin),
                    e.OccurredAt);
                break;
            case MemberInvited e:
                batch.Add(AddMember, e.WorkspaceId.Value, e.UserId.Value, e.Role.ToString(), e.OccurredAt);
                break;
            case MemberRoleChanged e:
                batch.Add("update workspace_members set role = $3 where workspace_id = $1 and user_id = $2",
                    e.WorkspaceId.Value, e.UserId.Value, e.Role.ToString());
                break;
            case MemberRemoved e:
                batch.Add("delete from workspace_members where workspace_id = $1 and user_id = $2",
                    e.WorkspaceId.Value, e.UserId.Value);
                batch.Add("delete from connection_grants where workspace_id = $1 and user_id = $2",
                    e.WorkspaceId.Value, e.UserId.Value);
                break;
            case WorkspaceSettingsChanged e:
                batch.Add("update workspaces set max_token_lifetime_days = $2 where workspace_id = $1",
                    e.WorkspaceId.Value, e.MaxTokenLifetimeDays);
                break;
            case WorkspaceQuerySettingsChanged e:
                batch.Add("""
                    update workspaces set query_timeout_seconds = $2, query_max_rows = $3, cache_max_ttl_seconds = $4
                    where workspace_id = $1
                    """, e.WorkspaceId.Value, e.DefaultTimeoutSeconds, e.DefaultMaxRows, e.MaxCacheTtlSeconds);
                break;
            case WorkspaceSsoConfigured e:
                batch.Add("""
                    insert into workspace_sso (workspace_id, issuer, client_id, client_secret_id, allowed_domains, default_role, enforce_sso)
                    values ($1, $2, $3, $4, $5, $6, $7)
                    on conflict (workspace_id) do update set issuer = excluded.issuer, client_id = excluded.client_id,
                        client_secret_id = excluded.client_secret_id, allowed_domains = excluded.allowed_domains,
                        default_role = excluded.default_role, enforce_sso = excluded.enforce_sso
                    """, e.WorkspaceId.Value, e.Issuer, e.ClientId, e.ClientSecretId, e.AllowedDomains.ToArray(), e.DefaultRole.ToString(),
                    e.EnforceSso);
                break;
            case ConnectionAccessGranted e:
                batch.Add("""
                    insert into connection_grants (workspace_id, connection_id, user_id, granted_at, granted_by)
                    values ($1, $2, $3, $4, $5)
                    """, e.WorkspaceId.Value, e.ConnectionId.Value, e.UserId.Value, e.OccurredAt, e.GrantedBy.Value);
                break;
            case InvitationIssued e:
                // Since issue 15 the event names the address by its id in the identity module's directory, and so does
                // this row (the reader resolves it); older events hold the address itself.
                batch.Add("""
                    update invitations set status = 'REVOKED', answered_at = $4
                    where workspace_id = $1 and project_id is not distinct from $3 and status = 'PENDING'
                      and (email = $2::text or address_id = $5::uuid)
                    """, e.WorkspaceId.Value, e.Email, e.ProjectId?.Value, e.OccurredAt, e.AddressId?.Value);
                batch.Add("""
                    insert into invitations (invitation_id, workspace_id, email, address_id, role, project_id, access,
                                             invited_by, status, created_at, expires_at)
                    values ($1, $2, $3, $4, $5, $6, $7, $8, 'PENDING', $9, $10)
                    """, e.InvitationId, e.WorkspaceId.Value, e.Email, e.AddressId?.Value, e.Role?.ToString(),
                    e.ProjectId?.Value, e.Access?.ToString(), e.InvitedBy.Value, e.OccurredAt, e.ExpiresAt);
                break;
            case InvitationAccepted e:
                batch.Add(Answer, e.InvitationId, "ACCEPTED", e.OccurredAt);
                break;
            case InvitationDeclined e:
                batch.Add(Answer, e.InvitationId, "DECLINED", e.OccurredAt);
                break;
            case InvitationRevoked e:
                batch.Add(Answer, e.InvitationId, "REVOKED", e.OccurredAt);
                break;
            case DomainClaimed e:
                batch.Add("""
                    insert into workspace_domains (workspace_id, domain, verification_token, claimed_at) values ($1, $2, $3, $4)
                    """, e.WorkspaceId.Value, e.Domain, e.VerificationToken, e.OccurredAt);
                break;
            case DomainVerified e:
                batch.Add("""
                    insert into workspace_domains (workspace_id, domain, verification_token, claimed_at, verified_at, verification_method)
                    values ($1, $2, '', $3, $3, $4)
                    on conflict (workspace_id, domain) do update set verified_at = $3, verification_method = $4
                    """, e.WorkspaceId.Value, e.Domain, e.OccurredAt, e.Method);
                break;
            case DomainReleased e:
                batch.Add("delete from workspace_domains where workspace_id = $1 and domain = $2", e.WorkspaceId.Value, e.Domain);
                break;
            case ConnectionAccessRevoked e:
                batch.Add("delete from connection_grants where connection_id = $1 and user_id = $2",
                    e.ConnectionId.Value, e.UserId.Value);
                break;
        }
    }
}
