using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RegisterUser;

namespace Deepnote.Application.Identity.Contracts.RevokeUserSessions;

/// <summary>Signs a user out of every browser at once (their membership or role changed).</summary>
public sealed record RevokeUserSessionsCommand(UserId UserId) : ICommand<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
