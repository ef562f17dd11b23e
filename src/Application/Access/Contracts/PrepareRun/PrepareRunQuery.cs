using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;

namespace Deepnote.Application.Access.Contracts.PrepareRun;

/// <summary>Prepares a run the pipeline has authorised: the project's workspace, its "use cache" switch and query
/// settings, and the connection and SQL to run (a saved block's as it is now, or the ad-hoc ones given). A block that
/// an editor pointed at another connection after the policy decided is decided again, and a denial is recorded like
/// every other.</summary>
public sealed record PrepareRunQuery(ProjectId ProjectId, BlockId? BlockId, ConnectionId? ConnectionId, string? Sql)
    : IQuery<PreparedRun>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    /// <summary>Never the SQL.</summary>
    public override string ToString() => $"{nameof(PrepareRunQuery)} {{ {ProjectId}, block {BlockId}, connection {ConnectionId} }}";
}
