using System.Net;
using System.Text.Json;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.GraphQL;

/// <summary>The first slice over GraphQL against the real host and database: sign-in, workspaces, members and the
/// audit log that records all of it.</summary>
public sealed class FirstSliceTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task SignIn_SetsASecureHttpOnlyStrictSessionCookie_AndMeReturnsTheUser()
    {
        using var client = api.NewClient();

        var response = await client.PostAsync("mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { email } } }",
            new { e = ApiFixture.AdminEmail, p = ApiFixture.AdminPassword });

        Assert.Null(response.Errors);
        var setCookie = Assert.Single(response.Message.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("__Host-deepnote_session=", setCookie);
        Assert.Contains("secure", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        var me = await client.DataAsync("{ me { email workspaces { edges { node { name myRole } } } } }");
        Assert.Equal(ApiFixture.AdminEmail, me.GetProperty("me").GetProperty("email").GetString());
        Assert.Contains(me.GetProperty("me").GetProperty("workspaces").GetProperty("edges").EnumerateArray(),
            e => e.GetProperty("node").GetProperty("name").GetString() == "Default");
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_IsUnauthenticatedAndRecordedWithoutThePassword()
    {
        using var client = api.NewClient();
        const string wrong = "Not-The-Password-777";

        var response = await client.PostAsync("mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } } }",
            new { e = ApiFixture.AdminEmail, p = wrong });

        Assert.Equal("UNAUTHENTICATED", response.ErrorCode);
        Assert.False(response.Message.Headers.Contains("Set-Cookie"));
        Assert.True(await api.Database.ScalarAsync<long>(
            "select count(*) from events where event_type = 'SignInFailed' and data ->> 'userId' = (select user_id::text from users where email = $1)", ApiFixture.AdminEmail) >= 1);
        Assert.Equal(0L, await api.Database.ScalarAsync<long>(
            "select count(*) from events where data::text like $1 or metadata::text like $1", $"%{wrong}%"));
        var me = await client.DataAsync("{ me { id } }");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, me.GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task Members_InviteChangeRoleRemove_AreProjectedAuditedAndTheChainVerifies()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Analytics");
        var (editorId, editor) = await api.AddMemberAsync(admin, workspace, "EDITOR");
        using var _ = editor;

        var changed = await admin.DataAsync("mutation($w: ID!, $u: ID!) { changeMemberRole(input: { workspaceId: $w, userId: $u, role: VIEWER }) { member { role } } }",
            new { w = workspace, u = editorId });
        Assert.Equal("VIEWER", changed.GetProperty("changeMemberRole").GetProperty("member").GetProperty("role").GetString());
        // The new role applies from the next request, in the same session (sessions may serve other workspaces).
        Assert.Equal("FORBIDDEN", (await editor.PostAsync("mutation($w: ID!) { createProject(input: { workspaceId: $w, name: \"No longer\" }) { project { id } } }",
            new { w = workspace })).ErrorCode);
        var members = await editor.DataAsync("query($w: ID!) { workspace(id: $w) { myRole members { totalCount edges { node { email role } } } } }",
            new { w = workspace });
        Assert.Equal("VIEWER", members.GetProperty("workspace").GetProperty("myRole").GetString());
        Assert.Equal(2, members.GetProperty("workspace").GetProperty("members").GetProperty("totalCount").GetInt32());
        var removed = await admin.DataAsync("mutation($w: ID!, $u: ID!) { removeMember(input: { workspaceId: $w, userId: $u }) { removedUserId } }",
            new { w = workspace, u = editorId });
        Assert.Equal(editorId, removed.GetProperty("removeMember").GetProperty("removedUserId").GetString());
        // Removal ends the removed member's access to this workspace at once; their session lives on for elsewhere.
        Assert.Equal("NOT_FOUND", (await editor.PostAsync("query($w: ID!) { workspace(id: $w) { name } }", new { w = workspace })).ErrorCode);
        Assert.NotEqual(JsonValueKind.Null, (await editor.DataAsync("{ me { id } }")).GetProperty("me").ValueKind);

        var events = await admin.AuditEventsAsync(workspace);
        // Sign-ins reach the workspace's log through the minute job (AccountLog), whenever it runs: left out here.
        Assert.Equal(["MemberRemoved", "MemberRoleChanged", "MemberInvited", "InvitationAccepted", "InvitationIssued", "WorkspaceCreated"],
            events.Select(e => e.GetProperty("type").GetString()).Where(t => t is not ("AccessDenied" or "MemberSignedIn" or "MemberCredentialChanged" or "MemberSignInFailed")));
        // The invitee's own answer (through the mailed link) is theirs; everything else the admin did.
        Assert.All(events.Where(e => e.GetProperty("type").GetString() is not ("AccessDenied" or "InvitationAccepted" or "MemberInvited" or "MemberSignedIn")),
            e => Assert.Equal(ApiFixture.AdminEmail, e.GetProperty("actor").GetProperty("email").GetString()));
        Assert.All(events, e => Assert.Equal("127.0.0.1", e.GetProperty("ipAddress").GetString()));
        var verification = await admin.DataAsync("query($w: ID!) { verifyAuditChain(workspaceId: $w) { valid checkedEvents firstBrokenSequence headHash } }",
            new { w = workspace });
        var result = verification.GetProperty("verifyAuditChain");
        Assert.True(result.GetProperty("valid").GetBoolean());
        Assert.Equal(events.Count, result.GetProperty("checkedEvents").GetInt64());
        Assert.Equal(events[0].GetProperty("hash").GetString(), result.GetProperty("headHash").GetString());
    }

    [Fact]
    public async Task AuditEvents_FilterByTypeActorAndStream_AndPageWithCursors()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Filtering");
        for (var i = 0; i < 3; i++) await admin.InviteAsync(workspace, $"f{i}-{Guid.NewGuid():N}@example.test", "VIEWER");
        var all = await admin.AuditEventsAsync(workspace);
        var adminId = all[0].GetProperty("actor").GetProperty("id").GetString();

        var invited = await admin.AuditEventsAsync(workspace, new { types = new[] { "InvitationIssued" } });
        var byActor = await admin.AuditEventsAsync(workspace, new { actorId = adminId, types = new[] { "WorkspaceCreated" } });
        var byStream = await admin.AuditEventsAsync(workspace, new { streamId = workspace });
        var future = await admin.AuditEventsAsync(workspace, new { from = DateTimeOffset.UtcNow.AddHours(1) });

        Assert.Equal(3, invited.Count);
        Assert.Single(byActor);
        Assert.Equal(4, byStream.Count);
        Assert.Empty(future);

        const string page = "query($w: ID!, $a: String) { auditEvents(workspaceId: $w, first: 3, after: $a) { edges { node { sequence } } pageInfo { hasNextPage endCursor } } }";
        var first = (await admin.DataAsync(page, new { w = workspace })).GetProperty("auditEvents");
        var second = (await admin.DataAsync(page, new { w = workspace, a = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() }))
            .GetProperty("auditEvents");
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var sequences = first.GetProperty("edges").EnumerateArray().Concat(second.GetProperty("edges").EnumerateArray())
            .Select(e => e.GetProperty("node").GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(all.Select(e => e.GetProperty("sequence").GetInt64()), sequences);
    }

    [Fact]
    public async Task LastAdmin_CannotBeDemotedOrRemoved()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Solo");
        var me = await admin.DataAsync("{ me { id } }");
        var adminId = me.GetProperty("me").GetProperty("id").GetString();

        var demote = await admin.PostAsync("mutation($w: ID!, $u: ID!) { changeMemberRole(input: { workspaceId: $w, userId: $u, role: EDITOR }) { member { role } } }",
            new { w = workspace, u = adminId });
        var remove = await admin.PostAsync("mutation($w: ID!, $u: ID!) { removeMember(input: { workspaceId: $w, userId: $u }) { removedUserId } }",
            new { w = workspace, u = adminId });

        Assert.Equal("CONFLICT", demote.ErrorCode);
        Assert.Equal("CONFLICT", remove.ErrorCode);
        var role = await admin.DataAsync("query($w: ID!) { workspace(id: $w) { myRole } }", new { w = workspace });
        Assert.Equal("ADMIN", role.GetProperty("workspace").GetProperty("myRole").GetString());
    }

    [Fact]
    public async Task Viewer_InvitingAMember_IsForbiddenAndTheAttemptIsAudited()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Guarded");
        var (viewerId, viewer) = await api.AddMemberAsync(admin, workspace, "VIEWER");
        using var _ = viewer;

        var invite = await viewer.PostAsync("mutation($w: ID!) { inviteMember(input: { workspaceId: $w, email: \"x@example.test\", role: ADMIN }) { invitation { id } } }",
            new { w = workspace });
        var audit = await viewer.PostAsync("query($w: ID!) { auditEvents(workspaceId: $w) { edges { node { type } } } }", new { w = workspace });

        Assert.Equal("FORBIDDEN", invite.ErrorCode);
        Assert.Equal("FORBIDDEN", audit.ErrorCode);
        var denied = await admin.AuditEventsAsync(workspace, new { types = new[] { "AccessDenied" } });
        Assert.Equal(2, denied.Count);
        Assert.All(denied, e => Assert.Equal(viewerId, e.GetProperty("actor").GetProperty("id").GetString()));
        Assert.Contains(denied, e => e.GetProperty("data").GetProperty("operation").GetString() == "InviteMemberCommand");
        Assert.Null(await api.Database.ScalarAsync<string>("select email from users where email = 'x@example.test'"));
    }

    [Fact]
    public async Task Auditor_ReadsAndVerifiesTheAuditLogButCannotManageMembers()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Audited");
        var (_, auditor) = await api.AddMemberAsync(admin, workspace, "AUDITOR");
        using var __ = auditor;

        var events = await auditor.AuditEventsAsync(workspace);
        var verify = await auditor.DataAsync("query($w: ID!) { verifyAuditChain(workspaceId: $w) { valid } }", new { w = workspace });
        var invite = await auditor.PostAsync("mutation($w: ID!) { inviteMember(input: { workspaceId: $w, email: \"y@example.test\", role: VIEWER }) { invitation { id } } }",
            new { w = workspace });

        Assert.Contains(events, e => e.GetProperty("type").GetString() == "WorkspaceCreated");
        Assert.True(verify.GetProperty("verifyAuditChain").GetProperty("valid").GetBoolean());
        Assert.Equal("FORBIDDEN", invite.ErrorCode);
    }

    [Fact]
    public async Task Outsider_GetsNotFoundForAnotherWorkspace_AndNoData()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Private");
        var otherWorkspace = await admin.CreateWorkspaceAsync("Other");
        var (_, outsider) = await api.AddMemberAsync(admin, otherWorkspace, "ADMIN");
        using var _ = outsider;

        var read = await outsider.PostAsync("query($w: ID!) { workspace(id: $w) { name members { edges { node { email } } } } }", new { w = workspace });
        var audit = await outsider.PostAsync("query($w: ID!) { auditEvents(workspaceId: $w) { edges { node { type } } } }", new { w = workspace });
        var invite = await outsider.PostAsync("mutation($w: ID!) { inviteMember(input: { workspaceId: $w, email: \"z@example.test\", role: ADMIN }) { invitation { id } } }",
            new { w = workspace });

        Assert.Equal("NOT_FOUND", read.ErrorCode);
        Assert.Equal("NOT_FOUND", audit.ErrorCode);
        Assert.Equal("NOT_FOUND", invite.ErrorCode);
        Assert.DoesNotContain("Private", read.Body + audit.Body + invite.Body);
    }

    [Fact]
    public async Task Anonymous_IsUnauthenticatedForEverythingButSignInAndMe()
    {
        using var anonymous = api.NewClient();

        var me = await anonymous.DataAsync("{ me { id } }");
        var create = await anonymous.PostAsync("mutation { createWorkspace(input: { name: \"Nope\" }) { workspace { id } } }");
        var audit = await anonymous.PostAsync($"{{ auditEvents(workspaceId: \"{Guid.NewGuid()}\") {{ edges {{ node {{ type }} }} }} }}");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, me.GetProperty("me").ValueKind);
        Assert.Equal("UNAUTHENTICATED", create.ErrorCode);
        Assert.Equal("UNAUTHENTICATED", audit.ErrorCode);
    }

    [Fact]
    public async Task Invitation_WorksOnce_AndSignOutRevokesTheSession()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Invites");
        var (_, link) = await admin.InviteAsync(workspace, $"once-{Guid.NewGuid():N}@example.test", "EDITOR");
        using var member = api.NewClient();
        await member.AcceptAsync(link);
        using var replay = api.NewClient();

        var again = await replay.PostAsync("mutation($t: String!) { acceptInvitation(input: { token: $t, password: \"Another-Password-for-Replay-7\" }) { user { id } } }",
            new { t = Uri.UnescapeDataString(link!.Split("token=")[1]) });
        var cookie = member.Cookies.GetCookies(api.BaseAddress)["__Host-deepnote_session"]!.Value;
        await member.DataAsync("mutation { signOut }");
        using var stolen = api.NewClient();
        stolen.Cookies.Add(api.BaseAddress, new Cookie("__Host-deepnote_session", cookie) { Secure = true });

        Assert.Equal("NOT_FOUND", again.ErrorCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await stolen.DataAsync("{ me { id } }")).GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task InvalidInput_GivesValidationFailedWithFieldMessages()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Validation");

        var email = await admin.PostAsync("mutation($w: ID!) { inviteMember(input: { workspaceId: $w, email: \"not-an-email\", role: VIEWER }) { invitation { id } } }",
            new { w = workspace });
        var id = await admin.PostAsync("{ workspace(id: \"not-a-uuid\") { name } }");
        var cursor = await admin.PostAsync("query($w: ID!) { auditEvents(workspaceId: $w, after: \"garbage\") { edges { node { type } } } }",
            new { w = workspace });
        var name = await admin.PostAsync($"mutation {{ createWorkspace(input: {{ name: \"{new string('x', 101)}\" }}) {{ workspace {{ id }} }} }}");

        Assert.Equal("VALIDATION_FAILED", email.ErrorCode);
        Assert.Equal("email", email.Errors!.Value[0].GetProperty("extensions").GetProperty("fields")[0].GetProperty("field").GetString());
        Assert.Equal("VALIDATION_FAILED", id.ErrorCode);
        Assert.Equal("VALIDATION_FAILED", cursor.ErrorCode);
        Assert.Equal("VALIDATION_FAILED", name.ErrorCode);
    }

    [Fact]
    public async Task Logs_NeverContainPasswordsOrSessionTokens()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Logging");
        var (_, member) = await api.AddMemberAsync(admin, workspace, "EDITOR");
        using var _ = member;
        using var failing = api.NewClient();
        await failing.PostAsync("mutation { signIn(input: { email: \"admin@example.test\", password: \"Wrong-Secret-Password-9\" }) { user { id } } }");
        var session = admin.Cookies.GetCookies(api.BaseAddress)["__Host-deepnote_session"]!.Value;

        var logs = string.Join('\n', api.Logs.Lines);

        Assert.Contains("SignInCommand handled", logs);
        foreach (var secret in new[] { ApiFixture.AdminPassword, Workflows.MemberPassword, "Wrong-Secret-Password-9", session })
        {
            Assert.DoesNotContain(secret, logs);
        }
    }
}
