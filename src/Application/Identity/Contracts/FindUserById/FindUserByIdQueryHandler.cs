using Deepnote.Application.Identity.Ports;
using Mediator;

namespace Deepnote.Application.Identity.Contracts.FindUserById;

internal sealed class FindUserByIdQueryHandler(IUserReader users) : IQueryHandler<FindUserByIdQuery, UserDto?>
{
    public async ValueTask<UserDto?> Handle(FindUserByIdQuery query, CancellationToken ct) =>
        await users.GetAsync(query.UserId, ct);
}
