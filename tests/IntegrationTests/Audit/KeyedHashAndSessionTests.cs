using System.Security.Cryptography;
using System.Text;
using Deepnote.Api.Security;
using Deepnote.Application.Identity.Sessions.PublishAccountActivity;
using Deepnote.IntegrationTests.Execution;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Deepnote.IntegrationTests.Audit;

/// <summary>Item 5: the statement's hash in the log is keyed per workspace, so an auditor cannot confirm a guessed
/// query; item 6: a sign-out reaches the person's workspaces' logs.</summary>
public sealed class KeyedHashAndSessionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Sql = "select region, sum(amount) from sales where amount > 10 group by region";

    [Fact]
    public async Task TheStatementsHash_IsKeyedPerWorkspace_EqualWithinIt_AndAGuessDoesNotMatch()
    {
        await using var first = await ExecutionWorld.CreateAsync(api, "Keyed A");
        await using var second = await ExecutionWorld.CreateAsync(api, "Keyed B");
        foreach (var run in new[] { (first, "once"), (first, "twice"), (second, "elsewhere") })
        {
            ExecutionWorld.Result(await run.Item1.AdHocAsync(run.Item1.Editor, Sql, new { bypassCache = true }));
        }

        string[] Hashes(List<System.Text.Json.JsonElement> events) =>
            events.Select(e => e.GetProperty("data").GetProperty("sqlHmac").GetString()!).ToArray();
        var mine = Hashes(await first.Admin.AuditEventsAsync(first.Workspace, new { types = new[] { "QueryExecuted" } }));
        var theirs = Hashes(await second.Admin.AuditEventsAsync(second.Workspace, new { types = new[] { "QueryExecuted" } }));
        var guess = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));

        Assert.Equal(2, mine.Length);
        Assert.Equal(mine[0], mine[1]); // the same statement, recognisable within the workspace
        Assert.NotEqual(mine[0], Assert.Single(theirs)); // but not across workspaces
        Assert.All(mine.Concat(theirs), h => Assert.DoesNotContain(guess, h));
        Assert.All(mine.Concat(theirs), h => Assert.Matches("^k1:[0-9a-f]{64}$", h));
    }

    [Fact]
    public async Task AFilesHash_IsKeyedPerWorkspace_AndTheFileCannotBeConfirmedFromTheLog()
    {
        using var admin = await api.SignedInAdminAsync();
        var first = await admin.CreateWorkspaceAsync("Keyed files A");
        var second = await admin.CreateWorkspaceAsync("Keyed files B");
        var content = Encoding.UTF8.GetBytes("region,total\neast,25\n");
        foreach (var (workspace, name) in new[] { (first, "a.csv"), (first, "again.csv"), (second, "b.csv") })
        {
            using var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(content), "file", name);
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/files?workspaceId={workspace}") { Content = form };
            request.Headers.Add("X-Deepnote-CSRF", "1");
            (await admin.Http.SendAsync(request)).EnsureSuccessStatusCode();
        }

        async Task<List<System.Text.Json.JsonElement>> UploadsAsync(string workspace) =>
            (await admin.AuditEventsAsync(workspace, new { types = new[] { "FileUploaded" } })).Select(e => e.GetProperty("data")).ToList();
        var mine = await UploadsAsync(first);
        var theirs = Assert.Single(await UploadsAsync(second));
        var digest = Convert.ToHexStringLower(SHA256.HashData(content));

        Assert.Equal(2, mine.Count);
        Assert.Equal(mine[0].GetProperty("contentHmac").GetString(), mine[1].GetProperty("contentHmac").GetString());
        Assert.NotEqual(mine[0].GetProperty("contentHmac").GetString(), theirs.GetProperty("contentHmac").GetString());
        Assert.All(mine.Append(theirs), e =>
        {
            Assert.Matches("^k1:[0-9a-f]{64}$", e.GetProperty("contentHmac").GetString()!);
            Assert.Equal(System.Text.Json.JsonValueKind.Null, e.GetProperty("sha256").ValueKind);
            Assert.DoesNotContain(digest, e.GetRawText());
        });
    }

    [Fact]
    public async Task SigningOut_IsRecorded_OnThePlatformChain_AndInThePersonsWorkspace()
    {
        using var admin = await api.SignedInAdminAsync();
        var first = await admin.CreateWorkspaceAsync("Sign-outs");
        var (userId, member) = await api.AddMemberAsync(admin, first, "VIEWER");
        await member.DataAsync("mutation { signOut }");
        member.Dispose();
        await PublishAsync();

        var platform = await api.Database.ScalarAsync<long>("""
            select count(*) from events where chain_id = '00000000-0000-0000-0000-000000000000'
            and event_type = 'SessionEnded' and data ->> 'userId' = $1 and data ->> 'reason' = 'signed out'
            """, userId);
        var inWorkspace = (await admin.AuditEventsAsync(first, new { types = new[] { "MemberSessionEnded" } }))
            .Where(e => e.GetProperty("data").GetProperty("userId").GetString() == userId).ToList();

        Assert.Equal(1, platform);
        Assert.Equal("signed out", Assert.Single(inWorkspace).GetProperty("data").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task SigningOutEverywhere_IsRecordedWithTheNumberOfSessionsEnded()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Sign-out everywhere");
        var (userId, member) = await api.AddMemberAsync(admin, workspace, "EDITOR");
        using var _ = member;

        await member.DataAsync("mutation { signOutEverywhere { endedSessions } }");
        await PublishAsync();

        var ended = await api.Database.ScalarAsync<string>("""
            select data ->> 'sessions' from events where chain_id = '00000000-0000-0000-0000-000000000000'
            and event_type = 'SessionEnded' and data ->> 'userId' = $1 and data ->> 'reason' = 'signed out everywhere'
            """, userId);
        Assert.Equal("1", ended);
        Assert.Single(await admin.AuditEventsAsync(workspace, new { types = new[] { "MemberSessionEnded" } }));
    }

    private async Task PublishAsync()
    {
        await using var scope = api.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().AsSystem();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(new PublishAccountActivityCommand());
    }
}
