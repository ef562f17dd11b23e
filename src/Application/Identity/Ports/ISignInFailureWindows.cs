using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Ports;

/// <summary>Failed sign-ins of members, counted per workspace, person and <see cref="Window"/> until the window is
/// summarised as one event in the workspace's chain.</summary>
public interface ISignInFailureWindows
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    Task CountAsync(WorkspaceId workspace, UserId user, string reason, DateTimeOffset now, CancellationToken ct);

    /// <summary>Removes and returns the windows that have ended (all of them when <paramref name="all"/>); the caller
    /// records them in the same transaction, so a window is summarised once or not at all.</summary>
    Task<IReadOnlyList<SignInFailureWindow>> TakeEndedAsync(DateTimeOffset now, bool all, CancellationToken ct);
}
