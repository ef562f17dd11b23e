using Deepnote.Api.Hosting;
using Deepnote.IntegrationTests.Infrastructure;
using static Deepnote.IntegrationTests.Execution.ExecutionWorld;

namespace Deepnote.IntegrationTests.Execution;

/// <summary>An API whose result memory is small: 4 MiB a person, 6 MiB a workspace and a node.</summary>
public sealed class SmallResultMemoryFixture : ApiFixture
{
    protected override Task<DeepnoteSettings> ConfigureAsync(DeepnoteSettings settings) => Task.FromResult(settings with
    {
        Execution = new()
        {
            DefaultWaitSeconds = 30, ResultMemoryPerPersonBytes = 4 << 20, ResultMemoryPerWorkspaceBytes = 6 << 20,
            ResultMemoryBytes = 6 << 20,
        },
    });
}

/// <summary>Issue 13, item 3: budgets count the bytes results really hold, and one person filling theirs never drops
/// another person's result.</summary>
public sealed class ResultBudgetTests(SmallResultMemoryFixture api) : IClassFixture<SmallResultMemoryFixture>
{
    private const string Read = "query($id: ID!) { execution(id: $id) { status error rowsAvailable rowCount rows(offset: 9999, limit: 1) } }";

    /// <summary>About 1.1 MiB of Arrow buffers (10,000 rows of an integer and 100 characters).</summary>
    private const string Megabyte = "select g, repeat('x', 100) as filler from generate_series(1, 10000) g";

    [Fact]
    public async Task OnePersonFillingTheirBudget_DropsOnlyTheirOwnResults_NeverAnothers()
    {
        await using var world = await CreateAsync(api, "Budgets");
        var (_, bo) = await world.MemberAsync("EDITOR", granted: true);
        var anas = Result(await world.AdHocAsync(world.Editor, Megabyte)).GetProperty("id").GetString()!;

        var bos = new List<string>();
        for (var i = 0; i < 6; i++) bos.Add(Result(await world.AdHocAsync(bo, Megabyte + $" where {i} >= 0")).GetProperty("id").GetString()!);
        var tooBig = Result(await world.AdHocAsync(bo, "select g, repeat('y', 500) as filler from generate_series(1, 10000) g"))
            .GetProperty("id").GetString()!;

        var ana = (await world.Editor.DataAsync(Read, new { id = anas })).GetProperty("execution");
        var bosFirst = (await bo.DataAsync(Read, new { id = bos[0] })).GetProperty("execution");
        var bosLast = (await bo.DataAsync(Read, new { id = bos[^1] })).GetProperty("execution");
        var big = (await bo.DataAsync(Read, new { id = tooBig })).GetProperty("execution");

        Assert.True(ana.GetProperty("rowsAvailable").GetBoolean(), ana.GetRawText());
        Assert.Equal(10000, ana.GetProperty("rows")[0][0].GetInt32());
        Assert.False(bosFirst.GetProperty("rowsAvailable").GetBoolean()); // Bo's own oldest went to make room
        Assert.True(bosLast.GetProperty("rowsAvailable").GetBoolean());
        Assert.Equal("SUCCEEDED", big.GetProperty("status").GetString());
        Assert.False(big.GetProperty("rowsAvailable").GetBoolean());
        Assert.Contains("not kept in memory", big.GetProperty("error").GetString());
    }
}
