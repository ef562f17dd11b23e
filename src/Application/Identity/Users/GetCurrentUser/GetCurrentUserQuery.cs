using Deepnote.Application.Abstractions;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Mediator;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Contracts.RevokeUserSessions;

namespace Deepnote.Application.Identity.Users.GetCurrentUser;

/// <summary>Who am I: null when signed out.</summary>
public sealed record GetCurrentUserQuery : IQuery<UserDto?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;
}
