using System.Text.Json;
using System.Text.RegularExpressions;
using Deepnote.Api.Hosting;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Setup;

/// <summary>The first admin finds sample data ready: a connection to the sample shop they may use and a "Getting
/// started" project whose blocks answer at once; nobody in another workspace reaches either.</summary>
public sealed partial class GettingStartedTests(SampleDataFixture api) : IClassFixture<SampleDataFixture>
{
    private const string Complete = "mutation($t: String!, $e: String!, $p: String!) { completeSetup(input: { token: $t, email: $e, password: $p }) { user { id } } }";

    private const string Workspace = """
        query($w: ID!) {
          workspace(id: $w) {
            connections(first: 10) { edges { node { id name engine host database myAccess hasPassword } } }
            projects(first: 10) { edges { node { id name myAccess connections { id } blocks { id sql position } } } }
          }
        }
        """;

    private static readonly SemaphoreSlim Setup = new(1, 1);
    private static GraphQLClient? _admin;

    [Fact]
    public async Task TheFirstAdmin_FindsTheSampleConnectionAndProject_AndEveryBlockAnswers()
    {
        var admin = await AdminAsync();
        var workspace = await DefaultWorkspaceAsync(admin);

        var data = (await admin.DataAsync(Workspace, new { w = workspace })).GetProperty("workspace");
        var connection = Assert.Single(Nodes(data.GetProperty("connections")));
        var project = Assert.Single(Nodes(data.GetProperty("projects")));

        Assert.Equal(GettingStarted.ConnectionName, connection.GetProperty("name").GetString());
        Assert.Equal("POSTGRES", connection.GetProperty("engine").GetString());
        Assert.Equal(api.SampleDatabaseName, connection.GetProperty("database").GetString());
        Assert.True(connection.GetProperty("myAccess").GetBoolean());
        Assert.True(connection.GetProperty("hasPassword").GetBoolean());
        Assert.Equal(GettingStarted.ProjectName, project.GetProperty("name").GetString());
        Assert.Equal("FULL_ACCESS", project.GetProperty("myAccess").GetString());
        Assert.Equal(connection.GetProperty("id").GetString(), Assert.Single(project.GetProperty("connections").EnumerateArray()).GetProperty("id").GetString());
        var blocks = project.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(GettingStarted.Blocks, blocks.Select(b => b.GetProperty("sql").GetString()));

        var answers = new List<JsonElement>();
        foreach (var block in blocks)
        {
            answers.Add((await admin.DataAsync(
                    "mutation($p: ID!, $b: ID!) { executeQuery(input: { projectId: $p, blockId: $b }) { execution { status rowCount error columns { name } rows(limit: 3) } } }",
                    new { p = project.GetProperty("id").GetString(), b = block.GetProperty("id").GetString() }))
                .GetProperty("executeQuery").GetProperty("execution"));
        }

        Assert.All(answers, a => Assert.Equal("SUCCEEDED", a.GetProperty("status").GetString()));
        Assert.Equal(["country", "customers"], answers[0].GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(10, answers[0].GetProperty("rowCount").GetInt32()); // ten countries, the United States first
        Assert.Equal("United States", answers[0].GetProperty("rows")[0][0].GetString());
        Assert.Equal(24, answers[1].GetProperty("rowCount").GetInt32()); // two years of months
        Assert.Equal(20, answers[2].GetProperty("rowCount").GetInt32());
        Assert.True(answers[3].GetProperty("rowCount").GetInt32() >= 10_000); // the grid's full page, at least
    }

    [Fact]
    public async Task AnotherTenantsAdmin_ReachesNeitherTheSampleConnectionNorTheProject()
    {
        var admin = await AdminAsync();
        var workspace = await DefaultWorkspaceAsync(admin);
        var data = (await admin.DataAsync(Workspace, new { w = workspace })).GetProperty("workspace");
        var connection = Nodes(data.GetProperty("connections")).Single().GetProperty("id").GetString();
        var project = Nodes(data.GetProperty("projects")).Single();

        var theirs = await admin.CreateWorkspaceAsync("Another tenant");
        var (_, outsider) = await api.AddMemberAsync(admin, theirs, "ADMIN");
        using var _ = outsider;
        var own = (await outsider.DataAsync(Workspace, new { w = theirs })).GetProperty("workspace");
        var projectRead = await outsider.PostAsync("query($p: ID!) { project(id: $p) { name } }", new { p = project.GetProperty("id").GetString() });
        var connectionRead = await outsider.PostAsync("query($c: ID!) { connection(id: $c) { name } }", new { c = connection });
        var run = await outsider.PostAsync(
            "mutation($p: ID!, $b: ID!) { executeQuery(input: { projectId: $p, blockId: $b }) { execution { status } } }",
            new { p = project.GetProperty("id").GetString(), b = project.GetProperty("blocks")[0].GetProperty("id").GetString() });

        Assert.Empty(Nodes(own.GetProperty("connections")));
        Assert.Empty(Nodes(own.GetProperty("projects")));
        Assert.Equal("NOT_FOUND", projectRead.ErrorCode);
        Assert.Equal("NOT_FOUND", connectionRead.ErrorCode);
        Assert.Equal("NOT_FOUND", run.ErrorCode);
        Assert.DoesNotContain(api.SampleDatabaseName, projectRead.Body + connectionRead.Body + run.Body);
    }

    /// <summary>The one admin, created once through the set-up link as a newcomer would (both tests share it).</summary>
    private async Task<GraphQLClient> AdminAsync()
    {
        await Setup.WaitAsync();
        try
        {
            if (_admin is not null) return _admin;
            var token = Uri.UnescapeDataString(SetupLink().Match(api.Console.ToString()).Groups[1].Value);
            var client = api.NewClient();
            await client.DataAsync(Complete, new { t = token, e = "first@example.test", p = "First-Admin-Password-1" });
            return _admin = client;
        }
        finally
        {
            Setup.Release();
        }
    }

    private static async Task<string> DefaultWorkspaceAsync(GraphQLClient admin) =>
        (await admin.DataAsync("{ me { workspaces { edges { node { id name } } } } }")).GetProperty("me").GetProperty("workspaces")
        .GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))
        .Single(n => n.GetProperty("name").GetString() == "Default").GetProperty("id").GetString()!;

    private static IEnumerable<JsonElement> Nodes(JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"));

    [GeneratedRegex(@"/setup\?token=(\S+)")]
    private static partial Regex SetupLink();
}
