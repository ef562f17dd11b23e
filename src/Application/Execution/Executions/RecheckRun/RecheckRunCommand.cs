using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Execution.Executions.RecheckRun;

/// <summary>Sent by the host on the node holding a run after access changed on another node: the run is cancelled and
/// its result dropped if its owner may no longer do what it did (or at once, with <paramref name="DropReason"/>).
/// True when it was.</summary>
public sealed record RecheckRunCommand(ExecutionId ExecutionId, string? DropReason) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.System;
}
