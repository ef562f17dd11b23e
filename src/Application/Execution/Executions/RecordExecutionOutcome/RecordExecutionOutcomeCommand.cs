using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Execution.Executions.RecordExecutionOutcome;

/// <summary>Sent by the background recorder, as the run's own actor, when a run finishes after its request answered
/// RUNNING. Only the owner's own, handed-off, claimed run can be recorded this way.</summary>
public sealed record RecordExecutionOutcomeCommand(ExecutionId ExecutionId) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.SignedIn;
}
