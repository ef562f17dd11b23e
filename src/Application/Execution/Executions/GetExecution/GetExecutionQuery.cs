using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Execution.Executions.GetExecution;

/// <summary>One of the actor's own runs: live from memory (with its rows) or, once dropped, as recorded (without).
/// Another person's run is NOT_FOUND: results are only ever for the principal who asked for them.</summary>
public sealed record GetExecutionQuery(ExecutionId ExecutionId) : IQuery<ExecutionDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.SignedIn;
}
