using Deepnote.Domain.SharedKernel;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;

namespace Deepnote.Application.Access.Contracts;

/// <summary>A project as a run sees it, read in one go: its workspace, its "use cache" switch, the block's connection
/// and SQL when one was named (null when the block does not exist), and the workspace's query settings.</summary>
public sealed record RunContext(WorkspaceId WorkspaceId, bool UseCache, ConnectionId? BlockConnection, string? BlockSql,
    WorkspaceQuerySettings QuerySettings);
