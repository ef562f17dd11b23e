using Deepnote.Infrastructure.EventStore;
using Deepnote.IntegrationTests.Infrastructure;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using static Deepnote.IntegrationTests.Execution.ExecutionWorld;

namespace Deepnote.IntegrationTests.EventStore;

/// <summary>Every read model can be rebuilt from the log: replayed into fresh tables, it equals the live one row for
/// row, and a read model an operator damaged shows the difference.</summary>
public sealed class ProjectionRebuildTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Rebuild_ReplaysTheLogIntoFreshTables_ThatEqualTheLiveReadModels()
    {
        // A workspace with members, grants, a connection, a project with a block, a file, runs and a cache policy.
        await using var world = await Execution.ExecutionWorld.CreateAsync(api, "Rebuild");
        await world.AddBlockAsync("select 1");
        await world.UploadAsync("rebuild.csv", "a,b\n1,2\n"u8.ToArray());
        Result(await world.AdHocAsync(world.Editor, "select region from sales"));
        Result(await world.AdHocAsync(world.Editor, "select no_such_column from sales"));
        var rebuilder = api.App.Services.GetRequiredService<ProjectionRebuilder>();
        // The async read models (Marten's daemon) catch up first, so that live and rebuilt see the same log.
        await api.App.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

        var report = await rebuilder.RebuildAsync(default);

        Assert.Equal(await api.Database.ScalarAsync<long>("select count(*) from events"), report.Replayed);
        Assert.Contains("executions", rebuilder.Tables);
        Assert.Contains("audit_activity", rebuilder.Tables);
        Assert.Equal(rebuilder.Tables.Order(), report.Tables.Select(t => t.Table).Order());
        Assert.All(report.Tables, t => Assert.True(t.Rows == 0, $"{t.Table}: {t.Rows} rows differ"));
        Assert.True(report.InlineTablesEqual);
        Assert.Contains(report.Tables, t => t is { Table: "audit_activity", Async: true });

        Assert.True(await api.Database.ScalarAsync<long>("select count(*) from rebuilt.workspace_members") >= 3);
        Assert.True(await api.Database.ScalarAsync<long>("select count(*) from rebuilt.executions") >= 2);
        Assert.True(await api.Database.ScalarAsync<long>("select count(*) from rebuilt.audit_activity") >= 5);
    }

    [Fact]
    public async Task Rebuild_AfterAnOperatorEditedAReadModel_ShowsTheDifference()
    {
        await using var world = await Execution.ExecutionWorld.CreateAsync(api, "Rebuild tampered");
        await api.Database.ExecuteAsync("update workspaces set name = 'Renamed behind the log' where workspace_id = $1",
            Guid.Parse(world.Workspace));

        var report = await api.App.Services.GetRequiredService<ProjectionRebuilder>().RebuildAsync(default);

        Assert.Equal(2L, report.Tables.Single(t => t.Table == "workspaces").Rows); // the edited row on each side
        Assert.Equal(0L, report.Tables.Single(t => t.Table == "workspace_members").Rows);
        Assert.False(report.InlineTablesEqual);
        Assert.Equal("Rebuild tampered", await api.Database.ScalarAsync<string>(
            "select name from rebuilt.workspaces where workspace_id = $1", Guid.Parse(world.Workspace)));
    }
}
