using Deepnote.Application.Abstractions;
using Deepnote.Application.Behaviors;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Identity.Users.Events;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Sessions;

/// <summary>Where sign-ins and changes of a person's way in are recorded: the platform chain (in a stream per person
/// and day, or the day's security stream, so that no stream grows with every sign-in), and one activity row that
/// <see cref="PublishAccountActivity.PublishAccountActivityCommand"/> later publishes to every workspace the person
/// belongs to — so a request's cost and locks do not grow with the person's number of workspaces.</summary>
internal sealed class AccountLog(IEventStore events, ISessionStore sessions, IAccountActivity activity, TimeProvider clock)
{
    /// <summary>Records the sign-in and opens a session; shared by every way in.</summary>
    public async Task<SignInResult> StartSessionAsync(UserId user, string method, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await events.AppendAsync(DerivedId.From(user.Value, "sign-ins:" + Day(now)), AuditChains.Platform, null,
            [new UserSignedIn(user, now)], ct);
        await activity.AddAsync(user, IAccountActivity.SignedIn, method, now, ct);
        return new SignInResult(user, await sessions.CreateAsync(user, ct));
    }

    /// <summary>A failed sign-in (or password check) for an address, recorded as the <paramref name="account"/> that
    /// has it (an address without one is not recorded); <paramref name="publish"/> when the account's workspaces should
    /// see it too (not for attempts refused by the throttle: those are not tries at all).</summary>
    public async Task FailedAsync(UserId? account, string reason, bool publish, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await events.AppendAsync(SecurityStream.For(AuditChains.Platform, now), AuditChains.Platform, null,
            [new SignInFailed(null, reason, now, account)], ct);
        if (publish && account is { } member) await activity.AddAsync(member, IAccountActivity.Failed, reason, now, ct);
    }

    /// <summary>Sessions ended by their owner; recorded like sign-ins (the person's stream of the day).</summary>
    public async Task EndedAsync(UserId user, string reason, int sessions, CancellationToken ct)
    {
        if (sessions <= 0) return;
        var now = clock.GetUtcNow();
        await events.AppendAsync(DerivedId.From(user.Value, "sign-ins:" + Day(now)), AuditChains.Platform, null,
            [new SessionEnded(user, reason, sessions, now)], ct);
        await activity.AddAsync(user, IAccountActivity.Ended, reason, now, ct);
    }

    public Task ChangedAsync(UserId user, string change, CancellationToken ct) =>
        activity.AddAsync(user, IAccountActivity.Changed, change, clock.GetUtcNow(), ct);

    private static string Day(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
