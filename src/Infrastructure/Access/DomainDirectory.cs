using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Domain.Access.Workspaces.Domains;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;
using Npgsql;

namespace Deepnote.Infrastructure.Access;

internal sealed class DomainDirectory(NpgsqlUnitOfWork uow) : IDomainDirectory
{
    private const string Columns = "select domain, verification_token, claimed_at, verified_at from workspace_domains";

    public async Task<IReadOnlyList<WorkspaceDomainDto>> ListAsync(WorkspaceId workspace, CancellationToken ct) =>
        await uow.QueryAsync($"{Columns} where workspace_id = $1 order by domain limit 500", Map, ct, workspace.Value);

    public Task<WorkspaceDomainDto?> GetAsync(WorkspaceId workspace, string domain, CancellationToken ct) =>
        uow.QuerySingleAsync($"{Columns} where workspace_id = $1 and domain = $2", Map, ct, workspace.Value, domain);

    public async Task<WorkspaceId?> VerifiedOwnerAsync(string domain, CancellationToken ct)
    {
        var owner = await uow.QuerySingleAsync<Guid?>(
            "select workspace_id from workspace_domains where domain = $1 and verified_at is not null", r => r.GetGuid(0), ct, domain);
        return owner is { } id ? new WorkspaceId(id) : null;
    }

    private static WorkspaceDomainDto Map(NpgsqlDataReader r)
    {
        var claim = new ClaimedDomain(r.GetString(0), r.GetString(1), !r.IsDBNull(3));
        return new WorkspaceDomainDto(claim.Domain, claim.Verified, claim.TxtRecordName, claim.TxtRecordValue,
            r.GetFieldValue<DateTimeOffset>(2), r.IsDBNull(3) ? null : r.GetFieldValue<DateTimeOffset>(3));
    }
}
