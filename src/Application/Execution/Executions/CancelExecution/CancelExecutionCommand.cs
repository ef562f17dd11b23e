using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Execution.Executions.CancelExecution;

/// <summary>Stops one of the actor's running queries in the database (the driver sends a cancel request), on whichever
/// node runs it, waits briefly for it to end, and records <c>QueryCancelled</c>. False when it had already finished.
/// <paramref name="HereOnly"/>: asked by another node.</summary>
public sealed record CancelExecutionCommand(ExecutionId ExecutionId, bool HereOnly = false) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.SignedIn;
}
