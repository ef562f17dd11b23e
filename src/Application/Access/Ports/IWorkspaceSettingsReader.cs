using Deepnote.Application.Access.Contracts;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Ports;

/// <summary>A workspace's own settings (token lifetime, query defaults).</summary>
public interface IWorkspaceSettingsReader
{
    Task<int> GetMaxTokenLifetimeDaysAsync(WorkspaceId workspace, CancellationToken ct);

    Task<WorkspaceQuerySettings> GetQuerySettingsAsync(WorkspaceId workspace, CancellationToken ct);
}
