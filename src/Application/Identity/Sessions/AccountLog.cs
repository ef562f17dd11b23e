using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts.ListMemberships;
using Deepnote.Application.Behaviors;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Identity.Users.Events;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Sessions;

/// <summary>Where sign-ins and changes of a person's way in are recorded: the platform chain (in a stream per person
/// and day, or the day's security stream, so that no stream grows with every sign-in) and the chain of every
/// workspace the person is a member of, so its auditors see them; failures there are counted and summarised per
/// window (<see cref="ISignInFailureWindows"/>).</summary>
internal sealed class AccountLog(ISender sender, IEventStore events, ISessionStore sessions, ISignInFailureWindows windows,
    TimeProvider clock)
{
    /// <summary>Records the sign-in and opens a session; shared by every way in.</summary>
    public async Task<SignInResult> StartSessionAsync(UserId user, string method, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await events.AppendAsync(DerivedId.From(user.Value, "sign-ins:" + Day(now)), AuditChains.Platform, null,
            [new UserSignedIn(user, now)], ct);
        foreach (var workspace in await MembershipsAsync(user, ct))
        {
            await events.AppendAsync(SecurityStream.For(workspace.Value, now), workspace.Value, null,
                [new MemberSignedIn(user, workspace, method, now)], ct);
        }

        return new SignInResult(user, await sessions.CreateAsync(user, ct));
    }

    /// <summary>A failed sign-in (or password check) for an address; <paramref name="user"/> when it is an account's.</summary>
    public async Task FailedAsync(string email, string reason, UserId? user, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await events.AppendAsync(SecurityStream.For(AuditChains.Platform, now), AuditChains.Platform, null,
            [new SignInFailed(email, reason, now)], ct);
        if (user is not { } member) return;
        foreach (var workspace in await MembershipsAsync(member, ct)) await windows.CountAsync(workspace, member, reason, now, ct);
    }

    public async Task ChangedAsync(UserId user, string change, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var workspace in await MembershipsAsync(user, ct))
        {
            await events.AppendAsync(SecurityStream.For(workspace.Value, now), workspace.Value, null,
                [new MemberCredentialChanged(user, workspace, change, now)], ct);
        }
    }

    private async Task<IReadOnlyList<WorkspaceId>> MembershipsAsync(UserId user, CancellationToken ct) =>
        await sender.Send(new ListMembershipsQuery(user), ct);

    private static string Day(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
