using System.Text.Json;
using Deepnote.Application.Identity.Ports;
using Deepnote.IntegrationTests.Execution;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Deepnote.IntegrationTests.Access;

/// <summary>A workspace acts only on its own membership, and an API token only in its own workspace: a second
/// tenant's ADMIN (anyone) and a stolen token, replayed over HTTPS + GraphQL, next to the legitimate flows.</summary>
public sealed class ConfinementTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string CreateToken =
        "mutation($w: ID!) { createApiToken(input: { workspaceId: $w, name: \"t\", expiresInDays: 30 }) { token } }";

    private static async Task<string> TokenAsync(GraphQLClient person, string workspace) =>
        (await person.DataAsync(CreateToken, new { w = workspace })).GetProperty("createApiToken").GetProperty("token").GetString()!;

    private GraphQLClient Integrator(string secret)
    {
        var client = api.NewClient();
        client.BearerToken = secret;
        return client;
    }

    [Fact]
    public async Task ASecondTenantsAdmin_RemovingOrDemotingSomeone_TouchesNothingOutsideItsWorkspace_AndRemovalIsComplete()
    {
        using var admin = await api.SignedInAdminAsync();
        var home = await admin.CreateWorkspaceAsync("Home team");
        var (personId, person) = await api.AddMemberAsync(admin, home, "EDITOR");
        var email = (await person.DataAsync("{ me { email } }")).GetProperty("me").GetProperty("email").GetString()!;
        var connection = (await admin.DataAsync("mutation($w: ID!) { createConnection(input: { workspaceId: $w, name: \"Memory\", engine: DUCKDB, database: \":memory:\" }) { connection { id } } }",
            new { w = home })).GetProperty("createConnection").GetProperty("connection").GetProperty("id").GetString()!;
        await admin.GrantAsync(connection, personId);
        var project = (await person.DataAsync("mutation($w: ID!) { createProject(input: { workspaceId: $w, name: \"Mine\" }) { project { id } } }",
            new { w = home })).GetProperty("createProject").GetProperty("project").GetProperty("id").GetString()!;
        await person.DataAsync("mutation($p: ID!, $c: ID!) { attachConnection(input: { projectId: $p, connectionId: $c }) { project { id } } }", new { p = project, c = connection });
        var execution = (await person.DataAsync("mutation($p: ID!, $c: ID!) { executeQuery(input: { projectId: $p, connectionId: $c, sql: \"select 42 as answer\" }) { execution { id status } } }",
            new { p = project, c = connection })).GetProperty("executeQuery").GetProperty("execution").GetProperty("id").GetString()!;
        var homeToken = await TokenAsync(person, home);

        // The person accepts an invitation to another tenant's workspace (anyone may create one).
        var attacker = await api.NewOutsiderAsync(admin);
        var elsewhere = await attacker.CreateWorkspaceAsync("Someone else's");
        var (invitation, _) = await attacker.InviteAsync(elsewhere, email, "EDITOR");
        await person.JoinAsync(invitation);
        var elsewhereToken = await TokenAsync(person, elsewhere);
        var sharedThere = (await attacker.DataAsync("mutation($w: ID!) { createProject(input: { workspaceId: $w, name: \"Shared\", defaultAccess: NONE }) { project { id } } }",
            new { w = elsewhere })).GetProperty("createProject").GetProperty("project").GetProperty("id").GetString()!;
        await attacker.DataAsync("mutation($p: ID!, $u: ID!) { shareProject(input: { projectId: $p, userId: $u, access: EDIT }) { project { id } } }",
            new { p = sharedThere, u = personId });

        await attacker.DataAsync("mutation($w: ID!, $u: ID!) { changeMemberRole(input: { workspaceId: $w, userId: $u, role: VIEWER }) { member { role } } }",
            new { w = elsewhere, u = personId });
        var homeAfterDemotion = await person.PostAsync("query($w: ID!) { workspace(id: $w) { myRole } }", new { w = home });
        await attacker.DataAsync("mutation($w: ID!, $u: ID!) { removeMember(input: { workspaceId: $w, userId: $u }) { removedUserId } }",
            new { w = elsewhere, u = personId });

        // Nothing outside that workspace moved: the same session, the home workspace, the result, the home token.
        Assert.Equal("EDITOR", homeAfterDemotion.Data.GetProperty("workspace").GetProperty("myRole").GetString());
        Assert.NotEqual(JsonValueKind.Null, (await person.DataAsync("{ me { id } }")).GetProperty("me").ValueKind);
        var result = await person.DataAsync("query($id: ID!) { execution(id: $id) { status rows(limit: 1) } }", new { id = execution });
        Assert.Equal("[[42]]", result.GetProperty("execution").GetProperty("rows").GetRawText());
        using var atHome = Integrator(homeToken);
        Assert.Null((await atHome.PostAsync("query($w: ID!) { workspace(id: $w) { name } }", new { w = home })).Errors);

        // Inside it, removal is complete: no access, the token revoked for good, the share gone.
        Assert.Equal("NOT_FOUND", (await person.PostAsync("query($w: ID!) { workspace(id: $w) { name } }", new { w = elsewhere })).ErrorCode);
        using var thereByToken = Integrator(elsewhereToken);
        Assert.Equal("UNAUTHENTICATED", (await thereByToken.PostAsync("{ me { email } }")).ErrorCode);
        var (again, _) = await attacker.InviteAsync(elsewhere, email, "EDITOR");
        await person.JoinAsync(again);
        Assert.Equal("UNAUTHENTICATED", (await thereByToken.PostAsync("{ me { email } }")).ErrorCode); // a re-invitation starts empty
        var shares = await attacker.DataAsync("query($p: ID!) { project(id: $p) { shares { userId } } }", new { p = sharedThere });
        Assert.DoesNotContain(shares.GetProperty("project").GetProperty("shares").EnumerateArray(),
            s => s.GetProperty("userId").GetString() == personId);
    }

    [Fact]
    public async Task AnApiToken_ReadsItsOwnIdentityAndWorkspace_AndNothingOfTheAccountBeyond()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Token's own");
        var (_, person) = await api.AddMemberAsync(admin, workspace, "EDITOR");
        await person.CreateWorkspaceAsync("The person's other workspace");
        using var token = Integrator(await TokenAsync(person, workspace));
        var workspacesBefore = await api.Database.ScalarAsync<long>("select count(*) from workspaces");

        var me = await token.DataAsync("{ me { email workspaces { totalCount edges { node { id } } } } }");
        var sessions = await token.PostAsync("{ me { sessions { totalCount } } }");
        var invitations = await token.PostAsync("{ me { invitations { id } } }");
        var everywhere = await token.PostAsync("mutation { signOutEverywhere { endedSessions } }");
        var password = await token.PostAsync("mutation { changePassword(input: { currentPassword: \"Member-Password-4-Tests!\", newPassword: \"Token-Chosen-Password-99\" }) { user { id } } }");
        var created = await token.PostAsync("mutation { createWorkspace(input: { name: \"By a token\" }) { workspace { id } } }");
        var link = await token.PostAsync("mutation($w: ID!) { linkSingleSignOn(input: { workspaceId: $w }) { redirectUrl } }", new { w = workspace });

        var listed = me.GetProperty("me").GetProperty("workspaces");
        Assert.Equal(1, listed.GetProperty("totalCount").GetInt32());
        Assert.Equal(workspace, listed.GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString());
        Assert.Equal("FORBIDDEN", sessions.ErrorCode);
        Assert.Equal("FORBIDDEN", invitations.ErrorCode);
        Assert.Equal("FORBIDDEN", everywhere.ErrorCode);
        Assert.Equal("FORBIDDEN", password.ErrorCode);
        Assert.Equal("FORBIDDEN", created.ErrorCode);
        Assert.Equal("FORBIDDEN", link.ErrorCode);
        Assert.Equal(workspacesBefore, await api.Database.ScalarAsync<long>("select count(*) from workspaces")); // created nothing
        Assert.NotEqual(JsonValueKind.Null, (await person.DataAsync("{ me { id } }")).GetProperty("me").ValueKind); // still signed in
        Assert.Equal(2, (await person.DataAsync("{ me { workspaces { totalCount } } }")).GetProperty("me").GetProperty("workspaces")
            .GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task GuessingThroughChangePassword_IsThrottledAndRecordedLikeASignIn()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Change password");
        var email = $"guessed-{Guid.NewGuid():N}@example.test";
        var (_, link) = await admin.InviteAsync(workspace, email, "VIEWER");
        using var stolenSession = api.NewClient();
        await stolenSession.AcceptAsync(link);
        const string change = "mutation($c: String!) { changePassword(input: { currentPassword: $c, newPassword: \"Thief-Chosen-Password-77\" }) { user { id } } }";

        var guesses = new List<string?>();
        for (var i = 0; i < SignInLimits.FreeAttempts; i++) guesses.Add((await stolenSession.PostAsync(change, new { c = $"guess-{i}-Xz7!" })).ErrorCode);
        var withTheRightOne = await stolenSession.PostAsync(change, new { c = Workflows.MemberPassword });
        var signIn = await api.NewClient().PostAsync("mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } } }",
            new { e = email, p = Workflows.MemberPassword });

        Assert.All(guesses, code => Assert.Equal("VALIDATION_FAILED", code));
        Assert.Equal("LIMIT_EXCEEDED", withTheRightOne.ErrorCode);
        Assert.Equal("LIMIT_EXCEEDED", signIn.ErrorCode); // one back-off for the account, whichever door is knocked on
        Assert.Equal((long)SignInLimits.FreeAttempts, await api.Database.ScalarAsync<long>(
            "select count(*) from events where event_type = 'SignInFailed' and data ->> 'userId' = (select user_id::text from users where email = $1) and data ->> 'reason' like 'wrong current password%'", email));
    }

    [Fact]
    public async Task AWorkspacesAuditors_SeeTheirMembersSignIns_AFloodAsOneCountedEvent_AndNoStreamGrowsWithEachSignIn()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Audited sign-ins");
        var unrelated = await admin.CreateWorkspaceAsync("Not theirs");
        var (memberId, member) = await api.AddMemberAsync(admin, workspace, "VIEWER");
        var email = (await member.DataAsync("{ me { email } }")).GetProperty("me").GetProperty("email").GetString()!;
        const string signIn = "mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } } }";
        for (var i = 0; i < 3; i++) await api.NewClient().DataAsync(signIn, new { e = email, p = Workflows.MemberPassword });
        await member.DataAsync("mutation($c: String!) { changePassword(input: { currentPassword: $c, newPassword: \"Member-Changed-Password-82\" }) { user { id } } }",
            new { c = Workflows.MemberPassword });
        using var stranger = api.NewClient();
        for (var i = 0; i < 7; i++) await stranger.PostAsync(signIn, new { e = email, p = $"stranger-guess-{i}-Yx4!" });

        // Published by the minute job, as the host; the test runs it at once.
        await using (var scope = api.App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Deepnote.Api.Security.CurrentActor>().AsSystem();
            await scope.ServiceProvider.GetRequiredService<Mediator.ISender>()
                .Send(new Deepnote.Application.Identity.Sessions.PublishAccountActivity.PublishAccountActivityCommand());
        }

        var events = await admin.AuditEventsAsync(workspace);
        var failures = events.Where(e => e.GetProperty("type").GetString() == "MemberSignInFailed"
            && e.GetProperty("data").GetProperty("userId").GetString() == memberId).ToList();
        Assert.Equal(4, events.Count(e => e.GetProperty("type").GetString() == "MemberSignedIn"
            && e.GetProperty("data").GetProperty("userId").GetString() == memberId)); // the invitation link's and three more
        var flood = Assert.Single(failures);
        // Five real guesses; the two the throttle refused were no tries at all (they are in the platform chain).
        Assert.Equal(SignInLimits.FreeAttempts, flood.GetProperty("data").GetProperty("count").GetInt32());
        Assert.Equal(memberId, flood.GetProperty("data").GetProperty("userId").GetString());
        Assert.Contains(events, e => e.GetProperty("type").GetString() == "MemberCredentialChanged");
        Assert.DoesNotContain(await admin.AuditEventsAsync(unrelated), e => e.GetProperty("data").TryGetProperty("userId", out var u)
            && u.GetString() == memberId);
        Assert.True((await admin.DataAsync("query($w: ID!) { verifyAuditChain(workspaceId: $w) { valid } }", new { w = workspace }))
            .GetProperty("verifyAuditChain").GetProperty("valid").GetBoolean());
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from events where stream_id = $1 and event_type = 'UserSignedIn'",
            Guid.Parse(memberId))); // the person's own stream does not grow with sign-ins
        Assert.Equal(1L, await api.Database.ScalarAsync<long>(
            "select count(distinct stream_id) from events where event_type = 'UserSignedIn' and data ->> 'userId' = $1", memberId)); // one stream a day
    }

    [Fact]
    public async Task ARemovalHandledByAnotherNode_EndsTheRemovedPersonsResultsOnThisOne()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Two nodes");
        var (personId, person) = await api.AddMemberAsync(admin, workspace, "EDITOR");
        var connection = (await admin.DataAsync("mutation($w: ID!) { createConnection(input: { workspaceId: $w, name: \"Memory\", engine: DUCKDB, database: \":memory:\" }) { connection { id } } }",
            new { w = workspace })).GetProperty("createConnection").GetProperty("connection").GetProperty("id").GetString()!;
        await admin.GrantAsync(connection, personId);
        var project = (await person.DataAsync("mutation($w: ID!) { createProject(input: { workspaceId: $w, name: \"P\" }) { project { id } } }",
            new { w = workspace })).GetProperty("createProject").GetProperty("project").GetProperty("id").GetString()!;
        await person.DataAsync("mutation($p: ID!, $c: ID!) { attachConnection(input: { projectId: $p, connectionId: $c }) { project { id } } }", new { p = project, c = connection });
        var execution = (await person.DataAsync("mutation($p: ID!, $c: ID!) { executeQuery(input: { projectId: $p, connectionId: $c, sql: \"select 7 as n\" }) { execution { id } } }",
            new { p = project, c = connection })).GetProperty("executeQuery").GetProperty("execution").GetProperty("id").GetString()!;
        const string read = "query($id: ID!) { execution(id: $id) { rows(limit: 1) } }";
        Assert.Null((await person.PostAsync(read, new { id = execution })).Errors); // held in this node's memory

        var (second, secondAddress) = await api.StartNodeAsync(api.Settings);
        await using var _ = second;
        using var adminThere = new GraphQLClient(secondAddress);
        await adminThere.SignInAsync(ApiFixture.AdminEmail, ApiFixture.AdminPassword);
        await adminThere.DataAsync("mutation($w: ID!, $u: ID!) { removeMember(input: { workspaceId: $w, userId: $u }) { removedUserId } }",
            new { w = workspace, u = personId });

        Assert.Equal("NOT_FOUND", (await person.PostAsync(read, new { id = execution })).ErrorCode);
        Assert.Equal("NOT_FOUND", (await person.PostAsync("mutation($id: ID!) { cancelExecution(input: { executionId: $id }) { cancelled } }",
            new { id = execution })).ErrorCode);
    }
}
