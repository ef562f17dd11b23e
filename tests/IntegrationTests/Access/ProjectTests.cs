using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Access;

/// <summary>Projects and their access levels over GraphQL: role × share × default, the VIEWER cap, sharing,
/// attached connections (grant required) and ordered SQL blocks.</summary>
public sealed class ProjectTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Create = "mutation($w: ID!, $n: String!, $d: ProjectAccess) { createProject(input: { workspaceId: $w, name: $n, defaultAccess: $d }) { project { id myAccess defaultAccess } } }";
    private const string Read = "query($p: ID!) { project(id: $p) { name myAccess } }";

    private static async Task<string> CreateProjectAsync(GraphQLClient client, string workspace, string name, string defaultAccess = "VIEW") =>
        (await client.DataAsync(Create, new { w = workspace, n = name, d = defaultAccess }))
            .GetProperty("createProject").GetProperty("project").GetProperty("id").GetString()!;

    private static async Task<string?> AccessAsync(GraphQLClient client, string project)
    {
        var response = await client.PostAsync(Read, new { p = project });
        return response.Errors is null ? response.Data.GetProperty("project").GetProperty("myAccess").GetString() : response.ErrorCode;
    }

    [Fact]
    public async Task EffectiveLevels_FollowRoleShareAndDefault_WithTheViewerCappedAtExecute()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Projects");
        var (_, editor) = await api.AddMemberAsync(admin, workspace, "EDITOR");
        var (viewerId, viewer) = await api.AddMemberAsync(admin, workspace, "VIEWER");
        var (_, auditor) = await api.AddMemberAsync(admin, workspace, "AUDITOR");
        var (_, otherEditor) = await api.AddMemberAsync(admin, workspace, "EDITOR");
        using var e = editor; using var v = viewer; using var a = auditor; using var o = otherEditor;

        var project = await CreateProjectAsync(editor, workspace, "Churn");
        var privateProject = await CreateProjectAsync(editor, workspace, "Secret plans", "NONE");
        var viewerCannotCreate = await viewer.PostAsync(Create, new { w = workspace, n = "Nope", d = "VIEW" });

        Assert.Equal("FULL_ACCESS", await AccessAsync(editor, project));
        Assert.Equal("FULL_ACCESS", await AccessAsync(admin, project));
        Assert.Equal("VIEW", await AccessAsync(viewer, project));
        Assert.Equal("VIEW", await AccessAsync(otherEditor, project));
        Assert.Equal("NOT_FOUND", await AccessAsync(auditor, project));
        Assert.Equal("NOT_FOUND", await AccessAsync(otherEditor, privateProject));
        Assert.Equal("FORBIDDEN", viewerCannotCreate.ErrorCode);

        await editor.DataAsync("mutation($p: ID!, $u: ID!) { shareProject(input: { projectId: $p, userId: $u, access: EDIT }) { project { id } } }",
            new { p = project, u = viewerId });
        var viewerRename = await viewer.PostAsync("mutation($p: ID!) { renameProject(input: { projectId: $p, name: \"Mine\" }) { project { name } } }", new { p = project });
        var otherShares = await otherEditor.PostAsync("mutation($p: ID!, $u: ID!) { shareProject(input: { projectId: $p, userId: $u, access: FULL_ACCESS }) { project { id } } }",
            new { p = project, u = viewerId });
        var list = await viewer.DataAsync("query($w: ID!) { workspace(id: $w) { projects { edges { node { id myAccess } } } } }", new { w = workspace });

        Assert.Equal("EXECUTE", await AccessAsync(viewer, project));
        Assert.Equal("FORBIDDEN", viewerRename.ErrorCode);
        Assert.Contains("capped at EXECUTE", viewerRename.Errors!.Value[0].GetProperty("message").GetString());
        Assert.Equal("FORBIDDEN", otherShares.ErrorCode);
        Assert.Equal([project], list.GetProperty("workspace").GetProperty("projects").GetProperty("edges").EnumerateArray().Select(p => p.GetProperty("node").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task ConnectionsAndBlocks_NeedEditAndAGrant_AndBlocksStayOrdered()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Blocks");
        var (editorId, editor) = await api.AddMemberAsync(admin, workspace, "EDITOR");
        using var _ = editor;
        var connection = (await admin.DataAsync("""mutation($w: ID!) { createConnection(input: { workspaceId: $w, name: "Duck", engine: DUCKDB, database: ":memory:" }) { connection { id } } }""",
            new { w = workspace })).GetProperty("createConnection").GetProperty("connection").GetProperty("id").GetString();
        var project = await CreateProjectAsync(editor, workspace, "Analysis");
        const string attach = "mutation($p: ID!, $c: ID!) { attachConnection(input: { projectId: $p, connectionId: $c }) { project { id } } }";
        const string add = "mutation($p: ID!, $c: ID!, $s: String!) { addSqlBlock(input: { projectId: $p, connectionId: $c, sql: $s }) { block { id position } } }";

        var withoutGrant = await editor.PostAsync(attach, new { p = project, c = connection });
        var blockBeforeAttach = await editor.PostAsync(add, new { p = project, c = connection, s = "select 1" });
        await admin.DataAsync("mutation($c: ID!, $u: ID!) { grantConnectionAccess(input: { connectionId: $c, userId: $u }) { connection { id } } }", new { c = connection, u = editorId });
        await editor.DataAsync(attach, new { p = project, c = connection });
        var first = (await editor.DataAsync(add, new { p = project, c = connection, s = "select 1" })).GetProperty("addSqlBlock").GetProperty("block");
        var second = (await editor.DataAsync(add, new { p = project, c = connection, s = "select 2" })).GetProperty("addSqlBlock").GetProperty("block");
        await editor.DataAsync("mutation($p: ID!, $b: ID!) { removeSqlBlock(input: { projectId: $p, blockId: $b }) { removedBlockId } }", new { p = project, b = first.GetProperty("id").GetString() });
        var detachInUse = await editor.PostAsync("mutation($p: ID!, $c: ID!) { detachConnection(input: { projectId: $p, connectionId: $c }) { project { id } } }", new { p = project, c = connection });
        var content = await editor.DataAsync("query($p: ID!) { project(id: $p) { blocks { id sql position } connections { id name } shares { email access } } }", new { p = project });

        Assert.Equal("FORBIDDEN", withoutGrant.ErrorCode);
        Assert.Equal("VALIDATION_FAILED", blockBeforeAttach.ErrorCode);
        Assert.Equal(0, first.GetProperty("position").GetInt32());
        Assert.Equal(1, second.GetProperty("position").GetInt32());
        Assert.Equal("CONFLICT", detachInUse.ErrorCode);
        var p = content.GetProperty("project");
        var block = Assert.Single(p.GetProperty("blocks").EnumerateArray());
        Assert.Equal(("select 2", 0), (block.GetProperty("sql").GetString(), block.GetProperty("position").GetInt32()));
        Assert.Equal("Duck", Assert.Single(p.GetProperty("connections").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("FULL_ACCESS", Assert.Single(p.GetProperty("shares").EnumerateArray()).GetProperty("access").GetString());
        var types = (await admin.AuditEventsAsync(workspace)).Select(ev => ev.GetProperty("type").GetString()).ToList();
        Assert.Contains("ProjectCreated", types);
        Assert.Contains("SqlBlockAdded", types);
        Assert.Contains("ProjectConnectionAttached", types);
    }

    [Fact]
    public async Task Delete_NeedsFullAccess_AndOutsidersSeeNothing()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Deleting");
        var project = await CreateProjectAsync(admin, workspace, "Old", "EDIT");
        var (_, editor) = await api.AddMemberAsync(admin, workspace, "EDITOR");
        var other = await admin.CreateWorkspaceAsync("Outside");
        var (_, outsider) = await api.AddMemberAsync(admin, other, "ADMIN");
        using var e = editor; using var o = outsider;

        var editorDelete = await editor.PostAsync("mutation($p: ID!) { deleteProject(input: { projectId: $p }) { deletedProjectId } }", new { p = project });
        var outsiderRead = await outsider.PostAsync(Read, new { p = project });
        await admin.DataAsync("mutation($p: ID!) { deleteProject(input: { projectId: $p }) { deletedProjectId } }", new { p = project });

        Assert.Equal("FORBIDDEN", editorDelete.ErrorCode);
        Assert.Equal("NOT_FOUND", outsiderRead.ErrorCode);
        Assert.Equal("NOT_FOUND", await AccessAsync(admin, project));
    }
}

public sealed class ExplainAccessTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Explain = "query($u: ID!, $r: ID!, $a: String!) { explainAccess(userId: $u, resourceId: $r, action: $a) { allowed layer reason role projectAccess } }";

    [Fact]
    public async Task ExplainAccess_TellsAnAdminWhichLayerDecides_AndIsForAdminsOnly()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Explained");
        var (anaId, ana) = await api.AddMemberAsync(admin, workspace, "VIEWER");
        using var _ = ana;
        var project = (await admin.DataAsync("mutation($w: ID!) { createProject(input: { workspaceId: $w, name: \"P\", defaultAccess: EDIT }) { project { id } } }",
            new { w = workspace })).GetProperty("createProject").GetProperty("project").GetProperty("id").GetString();
        var connection = (await admin.DataAsync("""mutation($w: ID!) { createConnection(input: { workspaceId: $w, name: "Duck", engine: DUCKDB, database: ":memory:" }) { connection { id } } }""",
            new { w = workspace })).GetProperty("createConnection").GetProperty("connection").GetProperty("id").GetString();

        var editSql = (await admin.DataAsync(Explain, new { u = anaId, r = project, a = "EDIT_SQL" })).GetProperty("explainAccess");
        var runBlock = (await admin.DataAsync(Explain, new { u = anaId, r = project, a = "RUN_BLOCK" })).GetProperty("explainAccess");
        var useConnection = (await admin.DataAsync(Explain, new { u = anaId, r = connection, a = "USE_CONNECTION" })).GetProperty("explainAccess");
        var asViewer = await ana.PostAsync(Explain, new { u = anaId, r = project, a = "RUN_BLOCK" });
        var badAction = await admin.PostAsync(Explain, new { u = anaId, r = project, a = "FLY" });

        Assert.False(editSql.GetProperty("allowed").GetBoolean());
        Assert.Equal("ROLE", editSql.GetProperty("layer").GetString());
        Assert.Contains("capped at EXECUTE", editSql.GetProperty("reason").GetString());
        Assert.Equal("VIEWER", editSql.GetProperty("role").GetString());
        Assert.Equal("EXECUTE", editSql.GetProperty("projectAccess").GetString());
        Assert.True(runBlock.GetProperty("allowed").GetBoolean());
        Assert.False(useConnection.GetProperty("allowed").GetBoolean());
        Assert.Equal("GRANT", useConnection.GetProperty("layer").GetString());
        Assert.Equal("FORBIDDEN", asViewer.ErrorCode);
        Assert.Equal("VALIDATION_FAILED", badAction.ErrorCode);
    }

    [Fact]
    public async Task ExplainAccess_AboutSomeoneWhoCannotSeeAProject_SaysWhy_InTheirWords_AndNamesNoId()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Explained plainly");
        var (anaId, ana) = await api.AddMemberAsync(admin, workspace, "EDITOR");
        using var _ = ana;
        var (strangerId, stranger) = await api.AddMemberAsync(admin, await admin.CreateWorkspaceAsync("Elsewhere"), "EDITOR");
        using var __ = stranger;
        var project = (await admin.DataAsync("mutation($w: ID!) { createProject(input: { workspaceId: $w, name: \"Private\", defaultAccess: NONE }) { project { id } } }",
            new { w = workspace })).GetProperty("createProject").GetProperty("project").GetProperty("id").GetString()!;

        var hidden = (await admin.DataAsync(Explain, new { u = anaId, r = project, a = "VIEW_PROJECT" })).GetProperty("explainAccess");
        var outsider = (await admin.DataAsync(Explain, new { u = strangerId, r = project, a = "VIEW_PROJECT" })).GetProperty("explainAccess");
        var anasOwn = await ana.PostAsync("query($p: ID!) { project(id: $p) { name } }", new { p = project });

        Assert.False(hidden.GetProperty("allowed").GetBoolean());
        Assert.Equal("Denied: the project is not shared with them and its access for members is NONE, so they cannot see it.",
            hidden.GetProperty("reason").GetString());
        Assert.Equal("Denied: they are not a member of this workspace.", outsider.GetProperty("reason").GetString());
        Assert.Equal("NOT_FOUND", anasOwn.ErrorCode);
        Assert.Equal("This project was not found, or you cannot see it.", anasOwn.Errors!.Value[0].GetProperty("message").GetString());
        Assert.DoesNotContain(project, hidden.GetRawText() + outsider.GetRawText() + anasOwn.Body);
    }
}

public sealed class GuestTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Guest_WithExecuteOnOneProject_SeesThatProjectAndNothingElse()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("With guests");
        const string create = "mutation($w: ID!, $n: String!) { createProject(input: { workspaceId: $w, name: $n, defaultAccess: EDIT }) { project { id } } }";
        var project = (await admin.DataAsync(create, new { w = workspace, n = "Shared with a guest" })).GetProperty("createProject").GetProperty("project").GetProperty("id").GetString();
        var other = (await admin.DataAsync(create, new { w = workspace, n = "Not for guests" })).GetProperty("createProject").GetProperty("project").GetProperty("id").GetString();
        var email = $"guest-{Guid.NewGuid():N}@partner.test";

        var link = await admin.InviteGuestAsync(project!, email, "EXECUTE");
        using var guest = api.NewClient();
        await guest.AcceptAsync(link);

        var me = await guest.DataAsync("{ me { workspaces { totalCount } guestProjects { edges { node { id myAccess } } } } }");
        var seen = await guest.PostAsync("query($p: ID!) { project(id: $p) { name myAccess blocks { id } } }", new { p = project });
        var notSeen = await guest.PostAsync("query($p: ID!) { project(id: $p) { name } }", new { p = other });
        var workspaceRead = await guest.PostAsync("query($w: ID!) { workspace(id: $w) { name } }", new { w = workspace });
        var audit = await guest.PostAsync("query($w: ID!) { auditEvents(workspaceId: $w) { edges { node { type } } } }", new { w = workspace });
        var rename = await guest.PostAsync("mutation($p: ID!) { renameProject(input: { projectId: $p, name: \"Mine\" }) { project { name } } }", new { p = project });

        Assert.Equal(0, me.GetProperty("me").GetProperty("workspaces").GetProperty("totalCount").GetInt32());
        var guestProject = Assert.Single(me.GetProperty("me").GetProperty("guestProjects").GetProperty("edges").EnumerateArray()).GetProperty("node");
        Assert.Equal((project, "EXECUTE"), (guestProject.GetProperty("id").GetString(), guestProject.GetProperty("myAccess").GetString()));
        Assert.Null(seen.Errors);
        Assert.Equal("EXECUTE", seen.Data.GetProperty("project").GetProperty("myAccess").GetString());
        Assert.Equal("NOT_FOUND", notSeen.ErrorCode);
        Assert.Equal("NOT_FOUND", workspaceRead.ErrorCode);
        Assert.Equal("NOT_FOUND", audit.ErrorCode);
        Assert.Equal("FORBIDDEN", rename.ErrorCode);
        Assert.Contains(await admin.AuditEventsAsync(workspace), e => e.GetProperty("type").GetString() == "ProjectGuestAdded");
    }
}
