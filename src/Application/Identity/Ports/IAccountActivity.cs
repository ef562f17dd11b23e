using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Ports;

/// <summary>Account activity waiting to be published to the person's workspaces (one row per sign-in, failure,
/// change or sign-out, in the request's transaction; the publisher fans it out later, off the request).</summary>
public interface IAccountActivity
{
    public const string SignedIn = "signed_in";
    public const string Failed = "failed";
    public const string Changed = "changed";
    public const string Ended = "ended";

    Task AddAsync(UserId user, string kind, string detail, DateTimeOffset at, CancellationToken ct);

    /// <summary>Removes and returns the oldest rows (at most <paramref name="max"/>); the caller publishes them in the
    /// same transaction, so a row is published once or not at all.</summary>
    Task<IReadOnlyList<AccountActivityEntry>> TakeAsync(int max, CancellationToken ct);
}
