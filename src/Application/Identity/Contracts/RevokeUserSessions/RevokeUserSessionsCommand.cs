using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Contracts.RevokeUserSessions;

/// <summary>Signs a user out of every browser at once (their membership or role changed).</summary>
public sealed record RevokeUserSessionsCommand(UserId UserId) : ICommand<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
