using Deepnote.Infrastructure.EventStore;

namespace Deepnote.Api.Hosting;

/// <summary><c>./deepnote rebuild-projections</c>: replays the log into fresh read-model tables (schema
/// <c>rebuilt</c>) and reports, table by table, how the live ones differ. Exit code 1 when an inline read model
/// differs; an async one may differ while Marten's daemon catches up, and is reported as such.</summary>
public static class ProjectionRebuild
{
    public static async Task<int> RunAsync(WebApplication app, TextWriter output, CancellationToken ct)
    {
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        var report = await app.Services.GetRequiredService<ProjectionRebuilder>().RebuildAsync(ct);
        await output.WriteLineAsync($"Replayed {report.Replayed} events into schema {ProjectionRebuilder.Schema}.");
        foreach (var (table, rows, isAsync) in report.Tables)
        {
            var state = rows == 0 ? "equal" : isAsync ? $"{rows} rows differ (async: may be catching up)" : $"{rows} rows differ";
            await output.WriteLineAsync($"  {table}: {state}");
        }

        return report.InlineTablesEqual ? 0 : 1;
    }
}
