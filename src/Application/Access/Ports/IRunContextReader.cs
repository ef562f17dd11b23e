using Deepnote.Application.Access.Contracts;
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

namespace Deepnote.Application.Access.Ports;

/// <summary>A live project as a run sees it, with the block's connection and SQL when one is named.</summary>
public interface IRunContextReader
{
    Task<RunContext?> GetRunContextAsync(ProjectId project, BlockId? block, CancellationToken ct);
}
