using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Identity.Contracts.FindUserByEmail;

public sealed record FindUserByEmailQuery(string Email) : IQuery<UserDto?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
