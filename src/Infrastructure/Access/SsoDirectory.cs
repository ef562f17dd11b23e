using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;
using Npgsql;

namespace Deepnote.Infrastructure.Access;

internal sealed class SsoDirectory(NpgsqlUnitOfWork uow) : ISsoDirectory
{
    private const string SsoColumns =
        "select workspace_id, issuer, client_id, client_secret_id, allowed_domains, default_role, enforce_sso from workspace_sso";

    public Task<SsoSettingsDto?> GetSsoAsync(WorkspaceId workspace, CancellationToken ct) =>
        uow.QuerySingleAsync($"{SsoColumns} where workspace_id = $1", MapSso, ct, workspace.Value);

    public Task<SsoSettingsDto?> FindSsoByDomainAsync(string emailDomain, CancellationToken ct) =>
        uow.QuerySingleAsync($"{SsoColumns} where $1 = any(allowed_domains) order by workspace_id limit 1", MapSso, ct, emailDomain);

    public async Task<bool> IsSsoEnforcedForAsync(UserId user, CancellationToken ct) =>
        await uow.QuerySingleAsync("""
            select exists (select 1 from workspace_members m join workspace_sso s on s.workspace_id = m.workspace_id
                           where m.user_id = $1 and s.enforce_sso)
            """, r => r.GetBoolean(0), ct, user.Value);

    private static SsoSettingsDto MapSso(NpgsqlDataReader r) => new(new WorkspaceId(r.GetGuid(0)), r.GetString(1), r.GetString(2),
        r.GetNullable<Guid?>(3), r.GetFieldValue<string[]>(4), Enum.Parse<WorkspaceRole>(r.GetString(5)), r.GetBoolean(6));
}
