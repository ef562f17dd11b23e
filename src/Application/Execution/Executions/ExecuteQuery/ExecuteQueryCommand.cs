using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Execution.Executions.ExecuteQuery;

/// <summary>Runs a saved block (<see cref="BlockId"/>: needs EXECUTE) or ad-hoc SQL on a connection
/// (<see cref="ConnectionId"/> and <see cref="Sql"/>: needs EDIT), on a connection attached to the project and
/// granted to the actor. Waits up to <see cref="WaitSeconds"/> for the result, else answers RUNNING.</summary>
public sealed record ExecuteQueryCommand(ProjectId ProjectId, BlockId? BlockId, ConnectionId? ConnectionId, string? Sql,
    int? MaxRows = null, int? TimeoutSeconds = null, bool BypassCache = false, int? WaitSeconds = null)
    : ICommand<ExecutionDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.ToRun(ProjectId, BlockId, ConnectionId,
        BlockId is null ? ProjectAccess.Edit : ProjectAccess.Execute);

    /// <summary>Never the SQL: it may carry literals nobody should find in a log.</summary>
    public override string ToString() =>
        $"{nameof(ExecuteQueryCommand)} {{ {ProjectId}, block {BlockId}, connection {ConnectionId} }}";
}
