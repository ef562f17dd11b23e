using Deepnote.Api.Hosting;
using Deepnote.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Deepnote.IntegrationTests.Execution.ExecutionWorld;

namespace Deepnote.IntegrationTests.Execution;

/// <summary>A host whose workspaces may cache only 4 KiB of sealed results.</summary>
public sealed class SmallCacheApiFixture : ApiFixture
{
    public const long Cap = 4096;

    protected override Task<DeepnoteSettings> ConfigureAsync(DeepnoteSettings settings) =>
        Task.FromResult(settings with { Execution = new() { CacheBytesPerWorkspace = Cap, DefaultWaitSeconds = 30 } });
}

/// <summary>The cache's bounds: the per-workspace cap evicts the oldest entries, and the recurring job deletes
/// expired ones.</summary>
public sealed class CacheBoundsTests(SmallCacheApiFixture api) : IClassFixture<SmallCacheApiFixture>
{
    private static string Query(int i) => $"select n, repeat('{i % 10}', 200) as filler from generate_series(1, 3) n where {i} > 0";

    private async Task<(long Count, long Bytes)> EntriesAsync(string workspace)
    {
        var count = await api.Database.ScalarAsync<long>("select count(*) from result_cache where workspace_id = $1", Guid.Parse(workspace));
        var bytes = await api.Database.ScalarAsync<long>("select coalesce(sum(size_bytes), 0)::bigint from result_cache where workspace_id = $1",
            Guid.Parse(workspace));
        return (count, bytes);
    }

    [Fact]
    public async Task TheWorkspaceCap_EvictsTheOldestEntries()
    {
        await using var world = await CreateAsync(api, "Cap");
        await world.Admin.DataAsync("mutation($c: ID!) { setCachePolicy(input: { connectionId: $c, mode: TTL, ttlSeconds: 600 }) { connection { id } } }",
            new { c = world.Connection });

        for (var i = 1; i <= 20; i++) Result(await world.AdHocAsync(world.Editor, Query(i)));
        var (count, bytes) = await EntriesAsync(world.Workspace);
        var newest = Result(await world.AdHocAsync(world.Editor, Query(20)));
        var oldest = Result(await world.AdHocAsync(world.Editor, Query(1)));

        Assert.InRange(bytes, 1, SmallCacheApiFixture.Cap);
        Assert.InRange(count, 2, 19);
        Assert.True(newest.GetProperty("cacheHit").GetBoolean());
        Assert.False(oldest.GetProperty("cacheHit").GetBoolean());
    }

    [Fact]
    public async Task TheExpiryJob_DeletesExpiredEntries()
    {
        await using var world = await CreateAsync(api, "Expiry");
        await world.Admin.DataAsync("mutation($c: ID!) { setCachePolicy(input: { connectionId: $c, mode: TTL, ttlSeconds: 1 }) { connection { id } } }",
            new { c = world.Connection });
        Result(await world.AdHocAsync(world.Editor, Query(1)));
        var before = await EntriesAsync(world.Workspace);
        await Task.Delay(1200);

        var deleted = await new CacheExpiryJob(api.App.Services.GetRequiredService<IServiceScopeFactory>()).RunAsync(default);

        Assert.Equal(1, before.Count);
        Assert.True(deleted >= 1);
        Assert.Equal(0, (await EntriesAsync(world.Workspace)).Count);
    }
}
