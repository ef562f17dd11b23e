using Deepnote.Application.Abstractions;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Mediator;

namespace Deepnote.Application.Identity.Users.GetCurrentUser;

internal sealed class GetCurrentUserQueryHandler(ICurrentActor actor, IUserReader users)
    : IQueryHandler<GetCurrentUserQuery, UserDto?>
{
    public async ValueTask<UserDto?> Handle(GetCurrentUserQuery query, CancellationToken ct) =>
        actor.UserId is { } id ? await users.GetAsync(id, ct) : null;
}
