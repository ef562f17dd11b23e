using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Mediator;

namespace Deepnote.Application.Identity.Users.GetCurrentUser;

/// <summary>Who am I: null when signed out.</summary>
public sealed record GetCurrentUserQuery : IQuery<UserDto?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;
}
