using Deepnote.Application.Abstractions;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Mediator;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Contracts.RevokeUserSessions;

namespace Deepnote.Application.Identity.Users.GetCurrentUser;

internal sealed class GetCurrentUserQueryHandler(ICurrentActor actor, IUserReader users)
    : IQueryHandler<GetCurrentUserQuery, UserDto?>
{
    public async ValueTask<UserDto?> Handle(GetCurrentUserQuery query, CancellationToken ct) =>
        actor.UserId is { } id ? await users.GetAsync(id, ct) : null;
}
