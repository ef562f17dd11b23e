using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Contracts.RevokeUserSessions;

namespace Deepnote.Application.Identity.Contracts.FindUserByEmail;

public sealed record FindUserByEmailQuery(string Email) : IQuery<UserDto?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
