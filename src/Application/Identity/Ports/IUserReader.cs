using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.SharedKernel;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Contracts.RevokeUserSessions;

namespace Deepnote.Application.Identity.Ports;

public interface IUserReader
{
    Task<UserDto?> FindByEmailAsync(string normalizedEmail, CancellationToken ct);

    Task<UserDto?> GetAsync(UserId user, CancellationToken ct);

    Task<bool> AnyAsync(CancellationToken ct);
}
