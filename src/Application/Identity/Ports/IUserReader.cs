using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Ports;

public interface IUserReader
{
    Task<UserDto?> FindByEmailAsync(string normalizedEmail, CancellationToken ct);

    Task<UserDto?> GetAsync(UserId user, CancellationToken ct);

    Task<bool> AnyAsync(CancellationToken ct);
}
