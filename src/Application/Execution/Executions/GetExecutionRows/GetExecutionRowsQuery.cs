using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Execution.Executions.GetExecutionRows;

/// <summary>A page of one of the actor's results, as JSON, from whichever node holds it (the <c>rows</c> field of a run
/// another node holds). Null when no node holds rows for the actor any more. <paramref name="HereOnly"/>: asked by
/// another node.</summary>
public sealed record GetExecutionRowsQuery(ExecutionId ExecutionId, int Offset, int Limit, bool HereOnly = false)
    : IQuery<RowsJson?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.SignedIn;
}
