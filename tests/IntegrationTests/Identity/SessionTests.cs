using System.Text.Json;
using Deepnote.Application.Identity.Ports;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Identity;

/// <summary>Sign-in throttling and session revocation, against the real host.</summary>
public sealed class SessionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string SignIn = "mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } } }";

    [Fact]
    public async Task SignIn_RightAfterFiveFailuresForAnAccount_IsLimited_EvenWithTheRightPassword_AndEveryAttemptIsAudited()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Throttle");
        var email = $"throttled-{Guid.NewGuid():N}@example.test";
        var (_, link) = await admin.InviteAsync(workspace, email, "VIEWER");
        using var member = api.NewClient();
        await member.AcceptAsync(link);
        using var attacker = api.NewClient();

        for (var i = 0; i < SignInLimits.FreeAttempts; i++)
        {
            Assert.Equal("UNAUTHENTICATED", (await attacker.PostAsync(SignIn, new { e = email, p = $"guess-{i}" })).ErrorCode);
        }

        var limited = await attacker.PostAsync(SignIn, new { e = email, p = Workflows.MemberPassword });

        Assert.Equal("LIMIT_EXCEEDED", limited.ErrorCode);
        Assert.False(limited.Message.Headers.Contains("Set-Cookie"));
        Assert.Equal(SignInLimits.FreeAttempts + 1L, await api.Database.ScalarAsync<long>("select count(*) from events where event_type = 'SignInFailed' and data ->> 'userId' = (select user_id::text from users where email = $1)", email));
        Assert.Equal(1L, await api.Database.ScalarAsync<long>("select count(*) from events where event_type = 'SignInFailed' and data ->> 'userId' = (select user_id::text from users where email = $1) and data ->> 'reason' = 'rate limited'", email));
    }

    [Fact]
    public async Task SignOutEverywhere_EndsEverySessionOfTheUser_AndRemovalEndsOnlyTheAccessToThatWorkspace()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Sessions");
        var email = $"two-browsers-{Guid.NewGuid():N}@example.test";
        var (_, link) = await admin.InviteAsync(workspace, email, "EDITOR");
        using var first = api.NewClient();
        var userId = await first.AcceptAsync(link);
        using var second = api.NewClient();
        await second.SignInAsync(email, Workflows.MemberPassword);

        var ended = await first.DataAsync("mutation { signOutEverywhere { endedSessions } }");
        var secondAfter = await second.DataAsync("{ me { id } }");
        await second.SignInAsync(email, Workflows.MemberPassword);
        await admin.DataAsync("mutation($w: ID!, $u: ID!) { removeMember(input: { workspaceId: $w, userId: $u }) { removedUserId } }", new { w = workspace, u = userId });
        var afterRemoval = await second.DataAsync("{ me { id } }");
        var workspaceAfterRemoval = await second.PostAsync("query($w: ID!) { workspace(id: $w) { name } }", new { w = workspace });

        Assert.Equal(2, ended.GetProperty("signOutEverywhere").GetProperty("endedSessions").GetInt32());
        Assert.Equal(JsonValueKind.Null, secondAfter.GetProperty("me").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, afterRemoval.GetProperty("me").ValueKind);
        Assert.Equal("NOT_FOUND", workspaceAfterRemoval.ErrorCode);
    }

    [Fact]
    public async Task Sessions_AreListedWithWhereFrom_AndOneCanBeEnded()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Session list");
        var email = $"list-{Guid.NewGuid():N}@example.test";
        var (_, link) = await admin.InviteAsync(workspace, email, "VIEWER");
        using var laptop = api.NewClient();
        await laptop.AcceptAsync(link);
        using var phone = api.NewClient();
        await phone.SignInAsync(email, Workflows.MemberPassword);

        var sessions = (await laptop.DataAsync("{ me { sessions { edges { node { id current ipAddress userAgent } } } } }"))
            .GetProperty("me").GetProperty("sessions").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        var other = sessions.Single(s => !s.GetProperty("current").GetBoolean()).GetProperty("id").GetString();
        await laptop.DataAsync("mutation($id: ID!) { endSession(input: { sessionId: $id }) { endedSessionId } }", new { id = other });
        var stranger = api.NewClient();
        await stranger.SignInAsync(ApiFixture.AdminEmail, ApiFixture.AdminPassword);
        var notTheirs = await stranger.PostAsync("mutation($id: ID!) { endSession(input: { sessionId: $id }) { endedSessionId } }", new { id = sessions.Single(s => s.GetProperty("current").GetBoolean()).GetProperty("id").GetString() });

        Assert.Equal(2, sessions.Count);
        Assert.All(sessions, s => Assert.Equal("127.0.0.1", s.GetProperty("ipAddress").GetString()));
        Assert.Equal(JsonValueKind.Null, (await phone.DataAsync("{ me { id } }")).GetProperty("me").ValueKind);
        Assert.Equal("NOT_FOUND", notTheirs.ErrorCode);
        Assert.NotEqual(JsonValueKind.Null, (await laptop.DataAsync("{ me { id } }")).GetProperty("me").ValueKind);
        stranger.Dispose();
    }

    [Fact]
    public async Task ChangePassword_EndsEveryOtherSession_AndTheOldPasswordStopsWorking()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Passwords");
        var email = $"pw-change-{Guid.NewGuid():N}@example.test";
        var (_, link) = await admin.InviteAsync(workspace, email, "VIEWER");
        using var mine = api.NewClient();
        await mine.AcceptAsync(link);
        using var thief = api.NewClient();
        await thief.SignInAsync(email, Workflows.MemberPassword);
        const string change = "mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) { user { email } } }";

        var wrong = await mine.PostAsync(change, new { c = "not-it-at-all", n = "Brand-New-Password-9" });
        await mine.DataAsync(change, new { c = Workflows.MemberPassword, n = "Brand-New-Password-9" });
        using var again = api.NewClient();
        var oldPassword = await again.PostAsync("mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } } }",
            new { e = email, p = Workflows.MemberPassword });

        Assert.Equal("VALIDATION_FAILED", wrong.ErrorCode);
        Assert.Equal(JsonValueKind.Null, (await thief.DataAsync("{ me { id } }")).GetProperty("me").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, (await mine.DataAsync("{ me { id } }")).GetProperty("me").ValueKind);
        Assert.Equal("UNAUTHENTICATED", oldPassword.ErrorCode);
        await again.SignInAsync(email, "Brand-New-Password-9");
        Assert.True(await api.Database.ScalarAsync<long>("select count(*) from events where event_type = 'PasswordChanged'") >= 1);
    }
}
