using System.Text.RegularExpressions;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.GraphQL;

public sealed class SetupLinkFixture : ApiFixture
{
    protected override bool CreateAdminFromSettings => false;
}

/// <summary>First start without DEEPNOTE_ADMIN_*: the one-time set-up link creates the first admin and the
/// workspace Default; and two API nodes share one database.</summary>
public sealed partial class SetupAndScaleOutTests(SetupLinkFixture api) : IClassFixture<SetupLinkFixture>
{
    [Fact]
    public async Task SetupLink_CreatesTheFirstAdminAndDefaultWorkspace_Once_AndASecondNodeServesTheSameSession()
    {
        var token = Uri.UnescapeDataString(SetupLink().Match(api.Console.ToString()).Groups[1].Value);
        Assert.NotEmpty(token);
        // In a box printed once the server listens: the link whole on its own line, every line as wide as the frame.
        var box = api.Console.ToString().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        Assert.Matches(@"^║  https://\S+/setup\?token=\S+ +║$", box.Single(l => l.Contains("/setup?token=")));
        Assert.StartsWith("╔", box[0]);
        Assert.StartsWith("╚", box[^1]);
        Assert.All(box, l => Assert.Equal(box[0].Length, l.Length));
        using var browser = api.NewClient();
        const string complete = "mutation($t: String!, $e: String!, $p: String!) { completeSetup(input: { token: $t, email: $e, password: $p }) { user { email workspaces { edges { node { name myRole } } } } } }";

        var created = await browser.DataAsync(complete, new { t = token, e = "first@example.test", p = "First-Admin-Password-1" });
        var again = await api.NewClient().PostAsync(complete, new { t = token, e = "second@example.test", p = "Second-Admin-Password-1" });

        var workspace = created.GetProperty("completeSetup").GetProperty("user").GetProperty("workspaces").GetProperty("edges")[0]
            .GetProperty("node");
        Assert.Equal("Default", workspace.GetProperty("name").GetString());
        Assert.Equal("ADMIN", workspace.GetProperty("myRole").GetString());
        Assert.Equal("NOT_FOUND", again.ErrorCode);
        Assert.Equal(1L, await api.Database.ScalarAsync<long>("select count(*) from users"));

        var (second, secondAddress) = await api.StartNodeAsync(api.Settings);
        await using var _ = second;
        using var other = new GraphQLClient(secondAddress);
        var session = browser.Cookies.GetCookies(api.BaseAddress)["__Host-deepnote_session"]!;
        other.Cookies.Add(secondAddress, new System.Net.Cookie(session.Name, session.Value) { Secure = true });

        var me = await other.DataAsync("{ me { email } }");
        var workspaceId = await other.CreateWorkspaceAsync("Made on node two");
        var seenOnFirst = await browser.DataAsync("query($w: ID!) { workspace(id: $w) { name } }", new { w = workspaceId });

        Assert.Equal("first@example.test", me.GetProperty("me").GetProperty("email").GetString());
        Assert.Equal("Made on node two", seenOnFirst.GetProperty("workspace").GetProperty("name").GetString());
        Assert.Single(SetupLink().Matches(api.Console.ToString())); // the second node found the admin and printed no link
        await second.StopAsync();
    }

    [GeneratedRegex(@"/setup\?token=(\S+)")]
    private static partial Regex SetupLink();
}
