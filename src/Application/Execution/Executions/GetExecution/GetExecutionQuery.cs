using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Execution.Executions.GetExecution;

/// <summary>One of the actor's own runs: live (with its rows) from whichever node holds it, or, once dropped, as
/// recorded (without). Another person's run is NOT_FOUND: results are only ever for the principal who asked for them.
/// <paramref name="HereOnly"/>: asked by another node; answer from this node's memory or the record, never ask on.</summary>
public sealed record GetExecutionQuery(ExecutionId ExecutionId, bool HereOnly = false) : IQuery<ExecutionDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.SignedIn;
}
