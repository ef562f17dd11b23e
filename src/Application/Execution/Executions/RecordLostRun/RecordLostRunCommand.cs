using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Execution;
using Mediator;

namespace Deepnote.Application.Execution.Executions.RecordLostRun;

/// <summary>Sent by a surviving node, as the run's own actor, for a run whose node died before recording it: the run
/// is recorded FAILED (<c>NODE_LOST</c>), exactly once. False when it was already recorded.</summary>
public sealed record RecordLostRunCommand(ExecutionTarget Target, DateTimeOffset StartedAt) : ICommand<bool>, IAuthorizedRequest
{
    /// <summary>The error code recorded for such a run.</summary>
    public const string Code = "NODE_LOST";

    public AccessRequirement RequiredAccess() => AccessRequirement.SignedIn;
}
