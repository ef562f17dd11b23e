using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Audit;

/// <summary>The audit page's type filter chooses from the server's list: every type a workspace's log holds is on it,
/// under its module, and filtering by one gives exactly that type's events.</summary>
public sealed class AuditEventTypesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Types = "query($w: ID!) { auditEventTypes(workspaceId: $w) { module types } }";

    [Fact]
    public async Task EveryTypeTheLogHolds_IsListedUnderItsModule_AndFiltersExactly()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Types");
        await admin.InviteAsync(workspace, $"types-{Guid.NewGuid():N}@example.test", "VIEWER");

        var groups = (await admin.DataAsync(Types, new { w = workspace })).GetProperty("auditEventTypes").EnumerateArray()
            .ToDictionary(g => g.GetProperty("module").GetString()!,
                g => g.GetProperty("types").EnumerateArray().Select(t => t.GetString()!).ToList());
        var held = await api.Database.ListAsync<string>("select distinct event_type from events where chain_id = $1",
            Guid.Parse(workspace));

        Assert.Equal(["Access", "Audit", "Caching", "Execution", "Identity", "Vault"], groups.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("InvitationIssued", groups["Access"]);
        Assert.Contains("QueryExecuted", groups["Execution"]);
        Assert.Contains("UserRegistered", groups["Identity"]);
        Assert.All(groups.Values, types => Assert.Equal(types.Order(StringComparer.Ordinal), types));
        Assert.All(held, type => Assert.Contains(type, groups.Values.SelectMany(t => t)));
        Assert.Equal(groups.Values.Sum(t => t.Count), groups.Values.SelectMany(t => t).Distinct().Count());

        var invitations = (await admin.DataAsync(
                "query($w: ID!, $t: [String!]) { auditEvents(workspaceId: $w, filter: { types: $t }) { edges { node { type } } } }",
                new { w = workspace, t = new[] { "InvitationIssued" } }))
            .GetProperty("auditEvents").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("type").GetString())
            .ToList();
        Assert.Equal(["InvitationIssued"], invitations);
    }

    [Fact]
    public async Task AnotherTenantsAdmin_AndTheWorkspacesViewer_GetNoList()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Types guarded");
        var theirs = await admin.CreateWorkspaceAsync("Types of another tenant");
        var (_, outsider) = await api.AddMemberAsync(admin, theirs, "ADMIN");
        var (_, viewer) = await api.AddMemberAsync(admin, workspace, "VIEWER");
        using var _ = outsider;
        using var __ = viewer;

        var foreign = await outsider.PostAsync(Types, new { w = workspace });
        var denied = await viewer.PostAsync(Types, new { w = workspace });

        Assert.Equal("NOT_FOUND", foreign.ErrorCode);
        Assert.Equal("FORBIDDEN", denied.ErrorCode);
        Assert.DoesNotContain("InvitationIssued", foreign.Body + denied.Body);
    }
}
