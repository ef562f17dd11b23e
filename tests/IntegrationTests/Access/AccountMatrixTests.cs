using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Access;

/// <summary>The authorization matrix of the operations that are not scoped to one workspace (the person's account),
/// for a person in a browser session, an API token of theirs, and an anonymous caller. Each row starts from a fresh
/// person, so that rows which end sessions or change passwords do not disturb the others.</summary>
public sealed class AccountMatrixTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Ok = "OK", Forbidden = "FORBIDDEN", NotFound = "NOT_FOUND", Unauthenticated = "UNAUTHENTICATED";

    private static readonly string[] Principals = ["PERSON", "TOKEN", "ANONYMOUS"];

    /// <summary>Operation → (document, expected outcome for PERSON, TOKEN, ANONYMOUS).</summary>
    private static readonly Dictionary<string, (string Document, string[] Expected)> Operations = new()
    {
        ["me"] = ("{ me { id email } }", [Ok, Ok, Ok]),
        ["me.workspaces"] = ("{ me { workspaces { totalCount } } }", [Ok, Ok, Ok]),
        ["me.sessions"] = ("{ me { sessions { totalCount } } }", [Ok, Forbidden, Ok]),
        ["me.invitations"] = ("{ me { invitations { id } } }", [Ok, Forbidden, Ok]),
        ["me.guestProjects"] = ("{ me { guestProjects { totalCount } } }", [Ok, Forbidden, Ok]),
        ["createWorkspace"] = ("mutation { createWorkspace(input: { name: \"Matrix\" }) { workspace { id } } }", [Ok, Forbidden, Unauthenticated]),
        ["signOutEverywhere"] = ("mutation { signOutEverywhere { endedSessions } }", [Ok, Forbidden, Unauthenticated]),
        ["changePassword"] = ("mutation { changePassword(input: { currentPassword: \"Member-Password-4-Tests!\", newPassword: \"Matrix-New-Password-61\" }) { user { id } } }", [Ok, Forbidden, Unauthenticated]),
        ["endSession"] = ("mutation($x: ID!) { endSession(input: { sessionId: $x }) { endedSessionId } }", [NotFound, Forbidden, Unauthenticated]),
        ["acceptWorkspaceInvitation"] = ("mutation($x: ID!) { acceptWorkspaceInvitation(input: { invitationId: $x }) { invitation { id } } }", [NotFound, Forbidden, Unauthenticated]),
        ["declineWorkspaceInvitation"] = ("mutation($x: ID!) { declineWorkspaceInvitation(input: { invitationId: $x }) { invitation { id } } }", [NotFound, Forbidden, Unauthenticated]),
        ["linkSingleSignOn"] = ("mutation($w: ID!) { linkSingleSignOn(input: { workspaceId: $w }) { redirectUrl } }", [NotFound, Forbidden, Unauthenticated]),
        ["signUp"] = ("mutation($e: String!) { signUp(input: { email: $e }) { email } }", [Ok, Ok, Ok]),
        ["resetPassword (bad token)"] = ("mutation { resetPassword(input: { token: \"nope\", password: \"Matrix-New-Password-61\" }) { user { id } } }", [NotFound, NotFound, NotFound]),
        ["createApiToken (own workspace)"] = ("mutation($w: ID!) { createApiToken(input: { workspaceId: $w, name: \"m\", expiresInDays: 1 }) { apiToken { id } } }", [Ok, Ok, Unauthenticated]),
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
    public async Task AccountOperation_ForPrincipal_HasTheExpectedOutcome(string operation, string principal)
    {
        var (document, expectedRow) = Operations[operation];
        var expected = expectedRow[Array.IndexOf(Principals, principal)];
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Account matrix");
        var (_, person) = await api.AddMemberAsync(admin, workspace, "EDITOR");
        using var caller = principal switch
        {
            "PERSON" => person,
            "TOKEN" => api.NewClient(),
            _ => api.NewClient(),
        };
        if (principal == "TOKEN")
        {
            caller.BearerToken = (await person.DataAsync("mutation($w: ID!) { createApiToken(input: { workspaceId: $w, name: \"t\", expiresInDays: 7 }) { token } }",
                new { w = workspace })).GetProperty("createApiToken").GetProperty("token").GetString();
        }

        var response = await caller.PostAsync(document, new { w = workspace, x = Guid.NewGuid(), e = $"matrix-{Guid.NewGuid():N}@example.test" });

        Assert.True((response.ErrorCode ?? Ok) == expected, $"{operation} as {principal}: expected {expected}, got {response.Body}");
        if (principal != "PERSON") person.Dispose();
    }
}
