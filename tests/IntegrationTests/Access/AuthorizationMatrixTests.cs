using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Access;

/// <summary>One workspace with every kind of principal, made once for the whole matrix.</summary>
public sealed class MatrixFixture : ApiFixture
{
    public Dictionary<string, GraphQLClient> Principals { get; } = [];

    public string Workspace { get; private set; } = "";
    public string Project { get; private set; } = "";
    public string Connection { get; private set; } = "";
    public string ViewerId { get; private set; } = "";
    public string EditorId { get; private set; } = "";
    public string Block { get; private set; } = "";
    public string Invitation { get; private set; } = "";
    public string Domain { get; } = $"matrix-{Guid.NewGuid():N}.test";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var admin = await SignedInAdminAsync();
        Workspace = await admin.CreateWorkspaceAsync("Matrix");
        Principals["ADMIN"] = admin;
        (EditorId, Principals["EDITOR"]) = await this.AddMemberAsync(admin, Workspace, "EDITOR");
        (ViewerId, Principals["VIEWER"]) = await this.AddMemberAsync(admin, Workspace, "VIEWER");
        (_, Principals["AUDITOR"]) = await this.AddMemberAsync(admin, Workspace, "AUDITOR");

        var removedEmail = $"removed-{Guid.NewGuid():N}@example.test";
        var (_, link) = await admin.InviteAsync(Workspace, removedEmail, "EDITOR");
        var removed = NewClient();
        var removedId = await removed.AcceptAsync(link);
        await admin.DataAsync("mutation($w: ID!, $u: ID!) { removeMember(input: { workspaceId: $w, userId: $u }) { removedUserId } }", new { w = Workspace, u = removedId });
        await removed.SignInAsync(removedEmail, Workflows.MemberPassword); // still a user, no longer a member
        Principals["REMOVED"] = removed;

        var other = await admin.CreateWorkspaceAsync("Elsewhere");
        (_, Principals["OUTSIDER"]) = await this.AddMemberAsync(admin, other, "ADMIN");
        Principals["ANONYMOUS"] = NewClient();

        Project = (await admin.DataAsync("mutation($w: ID!) { createProject(input: { workspaceId: $w, name: \"Shared\", defaultAccess: VIEW }) { project { id } } }",
            new { w = Workspace })).GetProperty("createProject").GetProperty("project").GetProperty("id").GetString()!;
        Connection = (await admin.DataAsync("""mutation($w: ID!) { createConnection(input: { workspaceId: $w, name: "Duck", engine: DUCKDB, database: ":memory:" }) { connection { id } } }""",
            new { w = Workspace })).GetProperty("createConnection").GetProperty("connection").GetProperty("id").GetString()!;
        await admin.DataAsync("mutation($c: ID!, $u: ID!) { grantConnectionAccess(input: { connectionId: $c, userId: $u }) { connection { id } } }", new { c = Connection, u = EditorId });
        var adminId = (await admin.DataAsync("{ me { id } }")).GetProperty("me").GetProperty("id").GetString()!;
        await admin.DataAsync("mutation($c: ID!, $u: ID!) { grantConnectionAccess(input: { connectionId: $c, userId: $u }) { connection { id } } }", new { c = Connection, u = adminId });

        await admin.DataAsync("mutation($p: ID!, $c: ID!) { attachConnection(input: { projectId: $p, connectionId: $c }) { project { id } } }", new { p = Project, c = Connection });
        Block = (await admin.DataAsync("mutation($p: ID!, $c: ID!) { addSqlBlock(input: { projectId: $p, connectionId: $c, sql: \"select 1\" }) { block { id } } }",
            new { p = Project, c = Connection })).GetProperty("addSqlBlock").GetProperty("block").GetProperty("id").GetString()!;

        await this.VerifyDomainAsync(admin, Workspace, Domain);
        (Invitation, _) = await admin.InviteAsync(Workspace, $"pending-{Guid.NewGuid():N}@example.test", "VIEWER");

        foreach (var level in new[] { "APP_USER", "VIEW", "EXECUTE", "EDIT" })
        {
            var guestLink = await admin.InviteGuestAsync(Project, $"guest-{level.ToLowerInvariant()}-{Guid.NewGuid():N}@partner.test", level);
            var guest = NewClient();
            await guest.AcceptAsync(guestLink);
            Principals["GUEST_" + level] = guest;
        }
    }

    public override async Task DisposeAsync()
    {
        foreach (var client in Principals.Values) client.Dispose();
        await base.DisposeAsync();
    }
}

/// <summary>
/// The authorization matrix: every operation, for ADMIN, EDITOR, VIEWER, AUDITOR, a removed member, a member of
/// another workspace, an anonymous caller and a guest at each project level, over GraphQL against the real host. Each row is what must happen;
/// identifiers of another workspace give NOT_FOUND or FORBIDDEN, never data.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixFixture api) : IClassFixture<MatrixFixture>
{
    private const string Ok = "OK", Forbidden = "FORBIDDEN", NotFound = "NOT_FOUND", Unauthenticated = "UNAUTHENTICATED",
        Invalid = "VALIDATION_FAILED";
    private static readonly string[] Principals =
        ["ADMIN", "EDITOR", "VIEWER", "AUDITOR", "REMOVED", "OUTSIDER", "ANONYMOUS", "GUEST_APP_USER", "GUEST_VIEW", "GUEST_EXECUTE", "GUEST_EDIT"];


    /// <summary>Operation → (document, expected outcome per principal in the order of <see cref="Principals"/>).</summary>
    private static readonly Dictionary<string, (string Document, string[] Expected)> Operations = new()
    {
        ["workspace"] = ("query($w: ID!) { workspace(id: $w) { name } }", [Ok, Ok, Ok, Ok, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["workspace.members"] = ("query($w: ID!) { workspace(id: $w) { members { totalCount } } }", [Ok, Ok, Ok, Ok, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["workspace.key"] = ("query($w: ID!) { workspace(id: $w) { key { version } } }", [Ok, Forbidden, Forbidden, Forbidden, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["auditEvents"] = ("query($w: ID!) { auditEvents(workspaceId: $w, first: 1) { edges { node { type } } } }", [Ok, Forbidden, Forbidden, Ok, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["auditEvent"] = ("query($w: ID!) { auditEvent(workspaceId: $w, sequence: 1) { type } }", [Ok, Forbidden, Forbidden, Ok, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["auditEventTypes"] = ("query($w: ID!) { auditEventTypes(workspaceId: $w) { module types } }", [Ok, Forbidden, Forbidden, Ok, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["verifyAuditChain"] = ("query($w: ID!) { verifyAuditChain(workspaceId: $w) { valid } }", [Ok, Forbidden, Forbidden, Ok, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["anchorAuditChain"] = ("mutation($w: ID!) { anchorAuditChain(input: { workspaceId: $w }) { checkpoint { position } } }", [Ok, Forbidden, Forbidden, Ok, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["auditActivity"] = ("query($w: ID!) { auditActivity(workspaceId: $w, days: 7) { countedThrough } }", [Ok, Forbidden, Forbidden, Ok, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["inviteMember"] = ("mutation($w: ID!, $e: String!) { inviteMember(input: { workspaceId: $w, email: $e, role: VIEWER }) { invitation { id } } }", [Ok, Forbidden, Forbidden, Forbidden, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["createProject"] = ("mutation($w: ID!) { createProject(input: { workspaceId: $w, name: \"M\" }) { project { id } } }", [Ok, Ok, Forbidden, Forbidden, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["project"] = ("query($p: ID!) { project(id: $p) { name blocks { id } } }", [Ok, Ok, Ok, NotFound, NotFound, NotFound, Unauthenticated, Forbidden, Ok, Ok, Ok]),
        ["renameProject"] = ("mutation($p: ID!) { renameProject(input: { projectId: $p, name: \"Shared\" }) { project { name } } }", [Ok, Forbidden, Forbidden, NotFound, NotFound, NotFound, Unauthenticated, Forbidden, Forbidden, Forbidden, Ok]),
        ["shareProject"] = ("mutation($p: ID!, $v: ID!) { shareProject(input: { projectId: $p, userId: $v, access: VIEW }) { project { id } } }", [Ok, Forbidden, Forbidden, NotFound, NotFound, NotFound, Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden]),
        ["connection"] = ("query($c: ID!) { connection(id: $c) { name } }", [Ok, Ok, Forbidden, Forbidden, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["connection.grants"] = ("query($c: ID!) { connection(id: $c) { grants { totalCount } } }", [Ok, Forbidden, Forbidden, Forbidden, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["moveConnection"] = ("mutation($c: ID!) { moveConnection(input: { connectionId: $c, database: \":memory:\" }) { connection { id } } }", [Ok, Forbidden, Forbidden, Forbidden, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["createConnection"] = ("mutation($w: ID!) { createConnection(input: { workspaceId: $w, name: \"M\", engine: DUCKDB, database: \":memory:\" }) { connection { id } } }", [Ok, Forbidden, Forbidden, Forbidden, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["testConnection"] = ("mutation($c: ID!) { testConnection(input: { connectionId: $c }) { success } }", [Ok, Forbidden, Forbidden, Forbidden, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        // Granted members pass authorization; the matrix's connection has one shared account, so the handler refuses.
        ["setMyConnectionCredentials"] = ("mutation($c: ID!) { setMyConnectionCredentials(input: { connectionId: $c, username: \"u\", password: \"p\" }) { connection { id } } }", [Invalid, Invalid, Forbidden, Forbidden, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["clearMyConnectionCredentials"] = ("mutation($c: ID!) { clearMyConnectionCredentials(input: { connectionId: $c }) { connection { id } } }", [Ok, Ok, Forbidden, Forbidden, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["grantConnectionAccess"] = ("mutation($c: ID!, $e2: ID!) { grantConnectionAccess(input: { connectionId: $c, userId: $e2 }) { connection { id } } }", [Ok, Forbidden, Forbidden, Forbidden, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["createApiToken"] = ("mutation($w: ID!) { createApiToken(input: { workspaceId: $w, name: \"m\", expiresInDays: 1 }) { apiToken { id } } }", [Ok, Ok, Ok, Ok, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["explainAccess"] = ("query($v: ID!, $p: ID!) { explainAccess(userId: $v, resourceId: $p, action: \"RUN_BLOCK\") { allowed } }", [Ok, Forbidden, Forbidden, Forbidden, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["executeQuery (ad hoc)"] = ("mutation($p: ID!, $c: ID!) { executeQuery(input: { projectId: $p, connectionId: $c, sql: \"select 1\" }) { execution { status } } }", [Ok, Forbidden, Forbidden, NotFound, NotFound, NotFound, Unauthenticated, Forbidden, Forbidden, Forbidden, NotFound]),
        ["executeQuery (block)"] = ("mutation($p: ID!, $b: ID!) { executeQuery(input: { projectId: $p, blockId: $b }) { execution { status } } }", [Ok, Forbidden, Forbidden, NotFound, NotFound, NotFound, Unauthenticated, Forbidden, Forbidden, NotFound, NotFound]),
        ["setCachePolicy"] = ("mutation($c: ID!) { setCachePolicy(input: { connectionId: $c, mode: OFF }) { connection { id } } }", [Ok, Forbidden, Forbidden, Forbidden, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["invalidateCache"] = ("mutation($c: ID!) { invalidateCache(input: { connectionId: $c }) { removedEntries } }", [Ok, Forbidden, Forbidden, Forbidden, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["workspace.domains"] = ("query($w: ID!) { workspace(id: $w) { domains { domain } } }", [Ok, Forbidden, Forbidden, Forbidden, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["workspace.invitations"] = ("query($w: ID!) { workspace(id: $w) { invitations { id } } }", [Ok, Forbidden, Forbidden, Forbidden, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["claimDomain"] = ("mutation($w: ID!, $d: String!) { claimDomain(input: { workspaceId: $w, domain: $d }) { domain { status } } }", [Ok, Forbidden, Forbidden, Forbidden, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["verifyDomain"] = ("mutation($w: ID!, $vd: String!) { verifyDomain(input: { workspaceId: $w, domain: $vd }) { domain { status } } }", [Ok, Forbidden, Forbidden, Forbidden, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["revokeInvitation"] = ("mutation($i: ID!) { revokeInvitation(input: { invitationId: $i }) { invitation { status } } }", [Ok, Forbidden, Forbidden, Forbidden, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        // Addressed to someone else: nobody signed in may answer it, not even the workspace's ADMIN.
        ["acceptWorkspaceInvitation"] = ("mutation($i: ID!) { acceptWorkspaceInvitation(input: { invitationId: $i }) { invitation { status } } }", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["declineWorkspaceInvitation"] = ("mutation($i: ID!) { declineWorkspaceInvitation(input: { invitationId: $i }) { invitation { status } } }", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
        ["workspace.files"] = ("query($w: ID!) { workspace(id: $w) { files { edges { node { id } } } } }", [Ok, Ok, Forbidden, Forbidden, NotFound, NotFound, Unauthenticated, NotFound, NotFound, NotFound, NotFound]),
    };

    public static TheoryData<string, string> Rows()
    {
        var rows = new TheoryData<string, string>();
        foreach (var operation in Operations.Keys)
        {
            foreach (var principal in Principals) rows.Add(operation, principal);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Operation_ForPrincipal_HasTheExpectedOutcome(string operation, string principal)
    {
        var (document, expectedRow) = Operations[operation];
        var expected = expectedRow[Array.IndexOf(Principals, principal)];

        var response = await api.Principals[principal].PostAsync(document, new
        {
            w = api.Workspace, p = api.Project, c = api.Connection, v = api.ViewerId, e2 = api.EditorId, b = api.Block,
            e = $"matrix-{Guid.NewGuid():N}@example.test", d = $"claim-{Guid.NewGuid():N}.test", vd = api.Domain, i = api.Invitation,
        });

        Assert.True((response.ErrorCode ?? Ok) == expected, $"{operation} as {principal}: expected {expected}, got {response.Body}");
        if (expected != Ok)
        {
            Assert.DoesNotContain("\"name\":\"Matrix\"", response.Body);
            Assert.DoesNotContain("\"name\":\"Shared\"", response.Body);
        }
    }
}
