using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Contracts;

/// <summary>What a run may go ahead with: where, on which connection, which SQL, and under which settings.</summary>
public sealed record PreparedRun(WorkspaceId WorkspaceId, bool UseCache, ConnectionId ConnectionId, string Sql,
    WorkspaceQuerySettings QuerySettings);
