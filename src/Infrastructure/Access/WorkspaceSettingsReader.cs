using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;

namespace Deepnote.Infrastructure.Access;

internal sealed class WorkspaceSettingsReader(NpgsqlUnitOfWork uow) : IWorkspaceSettingsReader
{
    public async Task<int> GetMaxTokenLifetimeDaysAsync(WorkspaceId workspace, CancellationToken ct) =>
        await uow.QuerySingleAsync<int?>("select max_token_lifetime_days from workspaces where workspace_id = $1",
            r => r.GetInt32(0), ct, workspace.Value) ?? Domain.Access.Workspaces.Workspace.DefaultMaxTokenLifetimeDays;

    public async Task<WorkspaceQuerySettings> GetQuerySettingsAsync(WorkspaceId workspace, CancellationToken ct) =>
        await uow.QuerySingleAsync(
            "select query_timeout_seconds, query_max_rows, cache_max_ttl_seconds from workspaces where workspace_id = $1",
            r => new WorkspaceQuerySettings(r.GetNullable<int?>(0), r.GetNullable<int?>(1), r.GetNullable<int?>(2)),
            ct, workspace.Value) ?? WorkspaceQuerySettings.HostDefaults;
}
