using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts.CanReachProject;

/// <summary>Whether a person still reaches a live project at all (a level above NONE), now: a result of theirs stays
/// readable only while it does, whichever node holds it.</summary>
public sealed record CanReachProjectQuery(ProjectId ProjectId, UserId UserId) : IQuery<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
