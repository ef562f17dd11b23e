using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Deepnote.IntegrationTests.Audit;

/// <summary>The auditors' overview, an async projection run by Marten's daemon: it catches up with the log, counts
/// exactly what the workspace's chain holds, and never another workspace's events.</summary>
public sealed class AuditActivityTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Query = "query($w: ID!, $d: Int) { auditActivity(workspaceId: $w, days: $d) { countedThrough counts { day type events } } }";

    [Fact]
    public async Task Activity_CatchesUpWithTheLog_AndCountsExactlyTheWorkspacesEventsPerDayAndType()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Activity");
        var other = await admin.CreateWorkspaceAsync("Activity elsewhere");
        for (var i = 0; i < 3; i++) await admin.InviteAsync(workspace, $"act{i}-{Guid.NewGuid():N}@example.test", "VIEWER");
        await admin.InviteAsync(other, $"else-{Guid.NewGuid():N}@example.test", "VIEWER");

        await api.App.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var activity = (await admin.DataAsync(Query, new { w = workspace, d = 7 })).GetProperty("auditActivity");

        var expected = await api.Database.ListAsync<string>("""
            select day || ' ' || event_type || ' ' || count(*)
            from (select to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD') as day, event_type
                  from events where chain_id = $1) e
            group by day, event_type
            """, Guid.Parse(workspace));
        var counts = activity.GetProperty("counts").EnumerateArray()
            .Select(c => $"{c.GetProperty("day").GetString()} {c.GetProperty("type").GetString()} {c.GetProperty("events").GetInt64()}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), counts);
        Assert.Contains(counts, c => c.EndsWith(" InvitationIssued 3", StringComparison.Ordinal));
        // This workspace's newest event, not the newest anywhere (the other workspace's invitation came later).
        Assert.Equal(await api.Database.ScalarAsync<DateTime>("select max(recorded_at) from events where chain_id = $1",
            Guid.Parse(workspace)), activity.GetProperty("countedThrough").GetDateTimeOffset().UtcDateTime);
    }

    [Fact]
    public async Task Activity_OutOfRangeDays_IsInvalidInput_AndAnotherWorkspacesAdminFindsNothing()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Activity guarded");
        var theirs = await admin.CreateWorkspaceAsync("Activity of another tenant");
        var (_, outsider) = await api.AddMemberAsync(admin, theirs, "ADMIN"); // ADMIN of their own workspace only
        using var _ = outsider;

        var tooMany = await admin.PostAsync(Query, new { w = workspace, d = 367 });
        var none = await admin.PostAsync(Query, new { w = workspace, d = 0 });
        var foreign = await outsider.PostAsync(Query, new { w = workspace, d = 7 });

        Assert.Equal("VALIDATION_FAILED", tooMany.ErrorCode);
        Assert.Equal("VALIDATION_FAILED", none.ErrorCode);
        Assert.Equal("NOT_FOUND", foreign.ErrorCode);
        Assert.DoesNotContain("WorkspaceCreated", foreign.Body);
    }
}
