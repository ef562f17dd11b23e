using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Contracts.FindUserByEmail;

internal sealed class FindUserByEmailQueryHandler(IUserReader users) : IQueryHandler<FindUserByEmailQuery, UserDto?>
{
    public async ValueTask<UserDto?> Handle(FindUserByEmailQuery query, CancellationToken ct) =>
        await users.FindByEmailAsync(EmailAddress.Normalize(query.Email), ct);
}
