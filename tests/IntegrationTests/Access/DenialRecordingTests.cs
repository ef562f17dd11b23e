using System.Text;
using System.Text.Json;
using Deepnote.Api.Hosting;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Access;

/// <summary>Authorization comes before validation, and denials are recorded once per request and target, in the
/// targeted workspace's chain, with the target's id.</summary>
public sealed class DenialRecordingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task NonMember_SendingAMalformedRequest_GetsNotFoundWithoutFieldMessages_AndIsRecorded()
    {
        using var admin = await api.SignedInAdminAsync();
        var victim = await admin.CreateWorkspaceAsync("Victim");
        using var outsider = await api.NewOutsiderAsync(admin);

        var malformed = await outsider.PostAsync("mutation($w: ID!) { createProject(input: { workspaceId: $w, name: \"\" }) { project { id } } }",
            new { w = victim });

        Assert.Equal("NOT_FOUND", malformed.ErrorCode);
        Assert.False(malformed.Errors!.Value[0].GetProperty("extensions").TryGetProperty("fields", out _));
        var denied = Assert.Single(await admin.AuditEventsAsync(victim, new { types = new[] { "AccessDenied" } }));
        Assert.Equal("CreateProjectCommand", denied.GetProperty("data").GetProperty("operation").GetString());
        Assert.Equal(victim, denied.GetProperty("data").GetProperty("targetId").GetString());
    }

    [Fact]
    public async Task Viewer_SendingAMalformedInvitation_IsForbiddenNotValidated_AndIsRecorded()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Malformed by a viewer");
        var (viewerId, viewer) = await api.AddMemberAsync(admin, workspace, "VIEWER");
        using var viewerClient = viewer;

        var malformed = await viewer.PostAsync("mutation($w: ID!) { inviteMember(input: { workspaceId: $w, email: \"not an email\", role: ADMIN }) { invitation { id } } }",
            new { w = workspace });
        var legitimate = await admin.PostAsync("mutation($w: ID!) { inviteMember(input: { workspaceId: $w, email: \"not an email\", role: ADMIN }) { invitation { id } } }",
            new { w = workspace });

        Assert.Equal("FORBIDDEN", malformed.ErrorCode);
        Assert.False(malformed.Errors!.Value[0].GetProperty("extensions").TryGetProperty("fields", out _));
        Assert.Equal("VALIDATION_FAILED", legitimate.ErrorCode);
        var denied = Assert.Single(await admin.AuditEventsAsync(workspace, new { types = new[] { "AccessDenied" } }));
        Assert.Equal(viewerId, denied.GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal(workspace, denied.GetProperty("data").GetProperty("targetId").GetString());
    }

    [Fact]
    public async Task ThreeHundredAliasesOfAForeignWorkspace_AppendOneDenialWithACount()
    {
        using var admin = await api.SignedInAdminAsync();
        var victim = await admin.CreateWorkspaceAsync("Aliased");
        using var outsider = await api.NewOutsiderAsync(admin);
        var query = new StringBuilder("query($w: ID!) {");
        for (var i = 0; i < 300; i++) query.Append($" a{i}: workspace(id: $w) {{ name }}");
        var before = await api.Database.ScalarAsync<long>("select count(*) from events");

        var response = await outsider.PostAsync(query.Append(" }").ToString(), new { w = victim });

        Assert.Equal(300, response.Errors!.Value.GetArrayLength());
        Assert.All(response.Errors!.Value.EnumerateArray(),
            e => Assert.Equal("NOT_FOUND", e.GetProperty("extensions").GetProperty("code").GetString()));
        var denied = Assert.Single(await admin.AuditEventsAsync(victim, new { types = new[] { "AccessDenied" } }));
        Assert.Equal(300, denied.GetProperty("data").GetProperty("count").GetInt32());
        Assert.Equal(victim, denied.GetProperty("data").GetProperty("targetId").GetString());
        Assert.Equal(before + 1, await api.Database.ScalarAsync<long>("select count(*) from events"));
    }

    [Fact]
    public async Task ForeignApiToken_DenialLandsInTheTargetsChain_WithTheTargetId_AndLooksLikeAnUnknownId()
    {
        using var admin = await api.SignedInAdminAsync();
        var home = await admin.CreateWorkspaceAsync("Token home");
        var target = await admin.CreateWorkspaceAsync("Token target");
        var token = (await admin.DataAsync("mutation($w: ID!) { createApiToken(input: { workspaceId: $w, name: \"ci\", expiresInDays: 7 }) { token } }",
            new { w = home })).GetProperty("createApiToken").GetProperty("token").GetString();
        using var integrator = api.NewClient();
        integrator.BearerToken = token;

        var foreign = await integrator.PostAsync("query($w: ID!) { workspace(id: $w) { name } }", new { w = target });
        var unknown = await integrator.PostAsync("query($w: ID!) { workspace(id: $w) { name } }", new { w = Guid.NewGuid() });

        Assert.Equal("NOT_FOUND", foreign.ErrorCode);
        Assert.Equal(Message(unknown), Message(foreign)); // the same words, naming no id
        Assert.DoesNotContain(target, foreign.Body);
        var denied = Assert.Single(await admin.AuditEventsAsync(target, new { types = new[] { "AccessDenied" } }));
        Assert.Equal(target, denied.GetProperty("data").GetProperty("targetId").GetString());
        Assert.Equal(JsonValueKind.String, denied.GetProperty("actor").GetProperty("apiTokenId").ValueKind);
        Assert.Empty(await admin.AuditEventsAsync(home, new { types = new[] { "AccessDenied" } }));
    }

    [Fact]
    public async Task ExplainAccess_OnAForeignResource_AnswersAsForAnUnknownId()
    {
        using var admin = await api.SignedInAdminAsync();
        var victim = await admin.CreateWorkspaceAsync("Explained");
        using var outsider = await api.NewOutsiderAsync(admin);
        const string explain = "query($u: ID!, $r: ID!) { explainAccess(userId: $u, resourceId: $r, action: \"VIEW_PROJECT\") { allowed } }";
        var me = (await outsider.DataAsync("{ me { id } }")).GetProperty("me").GetProperty("id").GetString();

        var foreign = await outsider.PostAsync(explain, new { u = me, r = victim });
        var unknown = await outsider.PostAsync(explain, new { u = me, r = Guid.NewGuid() });

        Assert.Equal("NOT_FOUND", foreign.ErrorCode);
        Assert.Equal(Message(unknown), Message(foreign)); // the same words, naming no id: nothing tells them apart
        Assert.DoesNotContain(victim, foreign.Body);
        Assert.Single(await admin.AuditEventsAsync(victim, new { types = new[] { "AccessDenied" } }));
    }

    [Fact]
    public async Task WhenTheDenialCannotBeRecorded_TheWholeResponseIsRefused()
    {
        using var admin = await api.SignedInAdminAsync();
        var victim = await admin.CreateWorkspaceAsync("Unrecordable");
        using var outsider = await api.NewOutsiderAsync(admin);
        await using var refusal = await api.Database.RefuseEventsAsync("AccessDenied", victim);

        var response = await outsider.PostAsync("query($w: ID!) { me { email } workspace(id: $w) { name } }", new { w = victim });

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal("UNAVAILABLE", response.ErrorCode);
        Assert.DoesNotContain("@example.test", response.Body);
    }

    private static string Message(GraphQLResponse response) => response.Errors!.Value[0].GetProperty("message").GetString()!;
}

public sealed class TightDenialCapFixture : ApiFixture
{
    protected override Task<DeepnoteSettings> ConfigureAsync(DeepnoteSettings settings) => Task.FromResult(settings with
    {
        Denials = new() { PerActorPerWindow = 3, Window = TimeSpan.FromSeconds(10) }, // long enough for 11 requests on a busy machine
    });
}

/// <summary>A flood of denials cannot bury or bloat a chain: past the per-actor cap they become one summary.</summary>
public sealed class DenialCapTests(TightDenialCapFixture api) : IClassFixture<TightDenialCapFixture>
{
    [Fact]
    public async Task DenialsBeyondTheCap_AreSummarisedInOneEvent_AndOtherActorsAreStillRecorded()
    {
        using var admin = await api.SignedInAdminAsync();
        var victim = await admin.CreateWorkspaceAsync("Flooded");
        using var flooder = await api.NewOutsiderAsync(admin);
        using var other = await api.NewOutsiderAsync(admin);

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal("NOT_FOUND", (await flooder.PostAsync("query($w: ID!) { workspace(id: $w) { name } }", new { w = victim })).ErrorCode);
        }

        Assert.Equal("NOT_FOUND", (await other.PostAsync("query($w: ID!) { workspace(id: $w) { name } }", new { w = victim })).ErrorCode);
        var summary = await WaitForAsync(admin, victim, "AccessDeniedSuppressed");

        var denied = await admin.AuditEventsAsync(victim, new { types = new[] { "AccessDenied" } });
        var byActor = denied.GroupBy(e => e.GetProperty("actor").GetProperty("id").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(3, byActor[await IdOfAsync(flooder)]);
        Assert.Equal(1, byActor[await IdOfAsync(other)]);
        Assert.Equal(await IdOfAsync(flooder), summary.GetProperty("data").GetProperty("actorUserId").GetString());
        Assert.Equal(7, summary.GetProperty("data").GetProperty("count").GetInt32());
        Assert.True((await admin.DataAsync("query($w: ID!) { verifyAuditChain(workspaceId: $w) { valid } }", new { w = victim }))
            .GetProperty("verifyAuditChain").GetProperty("valid").GetBoolean());
    }

    private static async Task<string> IdOfAsync(GraphQLClient client) =>
        (await client.DataAsync("{ me { id } }")).GetProperty("me").GetProperty("id").GetString()!;

    private static async Task<JsonElement> WaitForAsync(GraphQLClient admin, string workspace, string type)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var found = await admin.AuditEventsAsync(workspace, new { types = new[] { type } });
            if (found.Count > 0) return Assert.Single(found);
            await Task.Delay(200, timeout.Token);
        }
    }
}
