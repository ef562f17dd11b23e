using Deepnote.Infrastructure.EventStore;

namespace Deepnote.Api.Hosting;

/// <summary><c>./deepnote rebuild-projections</c>: replays the log into fresh read-model tables (schema
/// <c>rebuilt</c>) and reports, table by table, how the live ones differ. Exit code 1 when any differs.</summary>
public static class ProjectionRebuild
{
    public static async Task<int> RunAsync(WebApplication app, TextWriter output, CancellationToken ct)
    {
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        var rebuilder = app.Services.GetRequiredService<ProjectionRebuilder>();
        var replayed = await rebuilder.RebuildAsync(ct);
        await output.WriteLineAsync($"Replayed {replayed} events into schema {ProjectionRebuilder.Schema}.");
        var differing = 0;
        foreach (var (table, rows) in await rebuilder.CompareAsync(ct))
        {
            await output.WriteLineAsync($"  {table}: {(rows == 0 ? "equal" : $"{rows} rows differ")}");
            if (rows > 0) differing++;
        }

        return differing == 0 ? 0 : 1;
    }
}
