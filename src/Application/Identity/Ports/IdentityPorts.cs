using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Ports;

/// <summary>Password hashes, kept out of the event log so that the log never holds a secret.</summary>
public interface ICredentialStore
{
    Task SetPasswordHashAsync(UserId user, string hash, CancellationToken ct);

    Task<string?> GetPasswordHashAsync(UserId user, CancellationToken ct);
}

public interface IPasswordHasher
{
    string Hash(string password);

    /// <summary>Verifies in constant time; a null hash still costs one verification.</summary>
    bool Verify(string? hash, string password);
}

/// <summary>Server-side sessions: the cookie holds only an opaque token, the database only its hash.</summary>
public interface ISessionStore
{
    Task<string> CreateAsync(UserId user, CancellationToken ct);

    Task<UserId?> ResolveAsync(string token, CancellationToken ct);

    Task RevokeAsync(string token, CancellationToken ct);

    /// <summary>Ends every live session of a user at once; returns how many.</summary>
    Task<int> RevokeAllAsync(UserId user, CancellationToken ct);

    /// <summary>A user's live sessions, newest first; <paramref name="currentToken"/> marks the caller's own.</summary>
    Task<IReadOnlyList<SessionDto>> ListAsync(UserId user, string? currentToken, CancellationToken ct);

    /// <summary>Ends one of the user's sessions; false when it is not theirs or already ended.</summary>
    Task<bool> RevokeAsync(UserId user, Guid sessionId, CancellationToken ct);
}

public sealed record SessionDto(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset ExpiresAt,
    string? IpAddress, string? UserAgent, bool Current);

/// <summary>Single-use links (first set-up, invitations): only a hash is stored, and a token works once.</summary>
public interface IOneTimeTokenStore
{
    Task<string> IssueAsync(string purpose, UserId? user, TimeSpan lifetime, CancellationToken ct);

    /// <summary>Marks the token used and returns what it was issued for, or null if unknown, used or expired.</summary>
    Task<OneTimeToken?> ConsumeAsync(string purpose, string token, CancellationToken ct);
}

public sealed record OneTimeToken(UserId? User);

public interface IUserReader
{
    Task<UserDto?> FindByEmailAsync(string normalizedEmail, CancellationToken ct);

    Task<UserDto?> GetAsync(UserId user, CancellationToken ct);

    Task<bool> AnyAsync(CancellationToken ct);
}
