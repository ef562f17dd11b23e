using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

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
