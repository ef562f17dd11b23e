using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.SharedKernel;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Contracts.RevokeUserSessions;

namespace Deepnote.Application.Identity.Ports;

public interface IPasswordHasher
{
    string Hash(string password);

    /// <summary>Verifies in constant time; a null hash still costs one verification.</summary>
    bool Verify(string? hash, string password);
}
