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

/// <summary>What a run may go ahead with: where, on which connection, which SQL, and under which settings.</summary>
public sealed record PreparedRun(WorkspaceId WorkspaceId, bool UseCache, ConnectionId ConnectionId, string Sql,
    WorkspaceQuerySettings QuerySettings);
