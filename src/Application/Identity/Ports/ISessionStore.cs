using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Ports;

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
