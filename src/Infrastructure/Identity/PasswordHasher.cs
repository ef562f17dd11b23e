using Microsoft.AspNetCore.Identity;
using IPasswordHasher = Deepnote.Application.Identity.Ports.IPasswordHasher;

namespace Deepnote.Infrastructure.Identity;

/// <summary>ASP.NET Core Identity's hasher (PBKDF2-HMAC-SHA512, 100,000 iterations, format V3).</summary>
internal sealed class PasswordHasher : IPasswordHasher
{
    private static readonly PasswordHasher<object> Inner = new();
    private static readonly object Subject = new();

    // A real hash of a random password, verified when the account is unknown so that timing says nothing.
    private static readonly string Decoy = Inner.HashPassword(Subject, Guid.NewGuid().ToString("N"));

    public string Hash(string password) => Inner.HashPassword(Subject, password);

    public bool Verify(string? hash, string password) =>
        Inner.VerifyHashedPassword(Subject, hash ?? Decoy, password) != PasswordVerificationResult.Failed
        && hash is not null;
}
