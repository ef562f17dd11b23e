using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Contracts;

/// <summary>A project as a run sees it, read in one go: its workspace, its "use cache" switch, the block's connection
/// and SQL when one was named (null when the block does not exist), and the workspace's query settings.</summary>
public sealed record RunContext(WorkspaceId WorkspaceId, bool UseCache, ConnectionId? BlockConnection, string? BlockSql,
    WorkspaceQuerySettings QuerySettings);
