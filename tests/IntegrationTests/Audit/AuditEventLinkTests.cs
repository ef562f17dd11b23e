using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Audit;

/// <summary>A link to one event: the auditor opens exactly that event of their workspace, and a number from another
/// workspace's log opens nothing.</summary>
public sealed class AuditEventLinkTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string One = "query($w: ID!, $s: Long!) { auditEvent(workspaceId: $w, sequence: $s) { sequence type hash data people { email } } }";

    [Fact]
    public async Task AnEventsNumber_OpensThatEvent_OnlyInItsOwnWorkspace()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Linked events");
        var other = await admin.CreateWorkspaceAsync("Someone else's events");
        var email = $"linked-{Guid.NewGuid():N}@example.test";
        await admin.InviteAsync(workspace, email, "VIEWER");
        var invited = Assert.Single(await admin.AuditEventsAsync(workspace, new { types = new[] { "InvitationIssued" } }));
        var (_, auditor) = await api.AddMemberAsync(admin, workspace, "AUDITOR");
        var (_, viewer) = await api.AddMemberAsync(admin, workspace, "VIEWER");
        var (_, outsider) = await api.AddMemberAsync(admin, other, "ADMIN");
        using var a = auditor;
        using var v = viewer;
        using var o = outsider;
        var sequence = invited.GetProperty("sequence").GetInt64();
        var elsewhere = (await admin.AuditEventsAsync(other, new { })).First().GetProperty("sequence").GetInt64();

        var opened = (await auditor.DataAsync(One, new { w = workspace, s = sequence })).GetProperty("auditEvent");
        var foreignNumber = (await auditor.DataAsync(One, new { w = workspace, s = elsewhere })).GetProperty("auditEvent");
        var beyond = (await auditor.DataAsync(One, new { w = workspace, s = long.MaxValue })).GetProperty("auditEvent");
        var byViewer = await viewer.PostAsync(One, new { w = workspace, s = sequence });
        var byOutsider = await outsider.PostAsync(One, new { w = workspace, s = sequence });

        Assert.Equal(sequence, opened.GetProperty("sequence").GetInt64());
        Assert.Equal("InvitationIssued", opened.GetProperty("type").GetString());
        Assert.Equal(invited.GetProperty("hash").GetString(), opened.GetProperty("hash").GetString());
        Assert.Contains(opened.GetProperty("people").EnumerateArray(), p => p.GetProperty("email").GetString() == email);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, foreignNumber.ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, beyond.ValueKind);
        Assert.Equal("FORBIDDEN", byViewer.ErrorCode);
        Assert.Equal("NOT_FOUND", byOutsider.ErrorCode);
        Assert.DoesNotContain(email, byViewer.Body + byOutsider.Body);
    }
}
