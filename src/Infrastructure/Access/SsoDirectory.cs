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
        "select s.workspace_id, s.issuer, s.client_id, s.client_secret_id, s.allowed_domains, s.default_role, s.enforce_sso from workspace_sso s";

    public Task<SsoSettingsDto?> GetSsoAsync(WorkspaceId workspace, CancellationToken ct) =>
        uow.QuerySingleAsync($"{SsoColumns} where s.workspace_id = $1", MapSso, ct, workspace.Value);

    // A domain has at most one verified owner (unique index), so this is at most one row. An empty list of allowed
    // domains means every verified domain of the workspace.
    public Task<SsoSettingsDto?> FindSsoByDomainAsync(string emailDomain, CancellationToken ct) =>
        uow.QuerySingleAsync($"""
            {SsoColumns} join workspace_domains d on d.workspace_id = s.workspace_id
            where d.domain = $1 and d.verified_at is not null
              and (cardinality(s.allowed_domains) = 0 or d.domain = any (s.allowed_domains))
            """, MapSso, ct, emailDomain);

    private static SsoSettingsDto MapSso(NpgsqlDataReader r) => new(new WorkspaceId(r.GetGuid(0)), r.GetString(1), r.GetString(2),
        r.GetNullable<Guid?>(3), r.GetFieldValue<string[]>(4), Enum.Parse<WorkspaceRole>(r.GetString(5)), r.GetBoolean(6));
}
