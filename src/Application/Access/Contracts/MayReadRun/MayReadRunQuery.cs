using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts.MayReadRun;

/// <summary>Whether a person may still do, now, what a run of theirs did: EXECUTE on the project for a saved block,
/// EDIT for ad-hoc SQL, on a connection still attached to the project and still granted to them. A result is readable
/// only while this holds, whichever node holds it.</summary>
public sealed record MayReadRunQuery(ProjectId ProjectId, BlockId? BlockId, ConnectionId ConnectionId, UserId UserId)
    : IQuery<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
