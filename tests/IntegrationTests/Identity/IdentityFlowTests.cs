using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Deepnote.Domain.SharedKernel;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Identity;

/// <summary>The legitimate flows of identity across tenants, over HTTPS + GraphQL with mail through the loopback
/// SMTP server and domain proofs through the loopback DNS server.</summary>
public sealed class IdentityFlowTests(SsoFixture api) : IClassFixture<SsoFixture>
{
    private const string SignIn = "mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } } }";

    private static string TokenOf(string link) => Uri.UnescapeDataString(new Uri(link).Query.Split("token=")[1]);

    private int MailsTo(string email) => api.Smtp.Messages.Count(m => m.To.Mailboxes.Any(b => b.Address == email));

    [Fact]
    public async Task SignUp_MailsALink_ThatCreatesTheAccountOnce_AndAnswersTheSameForAnExistingAddress()
    {
        var email = $"new-{Guid.NewGuid():N}@example.test";
        using var visitor = api.NewClient();

        var asked = await visitor.PostAsync("mutation($e: String!) { signUp(input: { email: $e }) { email } }", new { e = email });
        var link = await api.Mailbox.LinkAsync(email, "/signup");
        var created = await visitor.DataAsync("mutation($t: String!, $p: String!) { completeSignUp(input: { token: $t, password: $p }) { user { email } } }",
            new { t = TokenOf(link), p = Workflows.MemberPassword });
        var workspace = await visitor.CreateWorkspaceAsync("My own");
        var again = await api.NewClient().PostAsync("mutation($t: String!, $p: String!) { completeSignUp(input: { token: $t, password: $p }) { user { email } } }",
            new { t = TokenOf(link), p = Workflows.MemberPassword });
        var askedAgain = await api.NewClient().PostAsync("mutation($e: String!) { signUp(input: { email: $e }) { email } }", new { e = email });
        var reminder = await api.Mailbox.TextAsync(email);

        Assert.Equal(email, created.GetProperty("completeSignUp").GetProperty("user").GetProperty("email").GetString());
        Assert.NotEmpty(workspace);
        Assert.Equal("NOT_FOUND", again.ErrorCode);
        Assert.Equal(asked.Body, askedAgain.Body); // the same answer for a new and an existing address
        Assert.Contains("already has one", reminder, StringComparison.Ordinal);
        Assert.DoesNotContain("token=", reminder, StringComparison.Ordinal);
        Assert.Equal(api.Smtp.User, api.Smtp.AuthenticatedUser); // the relay's credentials were used
        Assert.Equal(1L, await api.Database.ScalarAsync<long>(
            "select count(*) from events e join users u on u.user_id = e.stream_id where e.event_type = 'SignedUp' and u.email = $1", email));
    }

    [Fact]
    public async Task PasswordReset_EndsEverySession_WorksOnce_AndUnknownAddressesGetNoMailButTheSameAnswer()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Resets");
        var email = $"forgetful-{Guid.NewGuid():N}@example.test";
        var (_, invitation) = await admin.InviteAsync(workspace, email, "VIEWER");
        using var laptop = api.NewClient();
        await laptop.AcceptAsync(invitation);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.test";
        const string request = "mutation($e: String!) { requestPasswordReset(input: { email: $e }) { email } }";

        var forUnknown = await api.NewClient().PostAsync(request, new { e = unknown });
        var forKnown = await api.NewClient().PostAsync(request, new { e = email });
        var link = await api.Mailbox.LinkAsync(email, "/reset-password");
        using var phone = api.NewClient();
        await phone.DataAsync("mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) { user { id } } }",
            new { t = TokenOf(link), p = "Brand-New-Password-for-Phone-5" });
        var reused = await api.NewClient().PostAsync("mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) { user { id } } }",
            new { t = TokenOf(link), p = "Someone-Else-Password-8x" });

        Assert.Equal(forUnknown.Body.Replace(unknown, "<email>", StringComparison.Ordinal), forKnown.Body.Replace(email, "<email>", StringComparison.Ordinal));
        Assert.Equal(0, MailsTo(unknown));
        Assert.Equal(JsonValueKind.Null, (await laptop.DataAsync("{ me { id } }")).GetProperty("me").ValueKind); // every session ended
        Assert.NotEqual(JsonValueKind.Null, (await phone.DataAsync("{ me { id } }")).GetProperty("me").ValueKind);
        Assert.Equal("NOT_FOUND", reused.ErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await api.NewClient().PostAsync(SignIn, new { e = email, p = Workflows.MemberPassword })).ErrorCode);
        Assert.Equal(1L, await api.Database.ScalarAsync<long>(
            "select count(*) from events where event_type = 'PasswordResetRequested' and data ->> 'userId' = (select user_id::text from users where email = $1)", email));
        // Neither address is in the log: the account is named by its id, the unknown address not at all.
        Assert.Equal(0L, await api.Database.ScalarAsync<long>(
            "select count(*) from events where data::text like '%' || $1 || '%' or data::text like '%' || $2 || '%'", email, unknown));
    }

    [Fact]
    public async Task PasswordReset_ForAnAccountUnderEnforcedSso_SendsNothing()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Enforcing");
        var domain = $"sso-only-{Guid.NewGuid():N}.test";
        await api.VerifyDomainAsync(admin, workspace, domain);
        var email = $"member@{domain}";
        var (_, link) = await admin.InviteAsync(workspace, email, "VIEWER");
        await api.NewClient().AcceptAsync(link);
        await api.ConfigureSsoAsync(admin, workspace, domain, enforce: true);

        var asked = await api.NewClient().PostAsync("mutation($e: String!) { requestPasswordReset(input: { email: $e }) { email } }", new { e = email });

        Assert.Null(asked.Errors);
        Assert.Equal(1, MailsTo(email)); // the invitation only
    }

    [Fact]
    public async Task AnExistingAccount_SeesItsInvitation_AndJoinsOnlyWhenItAccepts()
    {
        using var admin = await api.SignedInAdminAsync();
        var home = await admin.CreateWorkspaceAsync("Home");
        var (_, link) = await admin.InviteAsync(home, $"existing-{Guid.NewGuid():N}@example.test", "VIEWER");
        using var person = api.NewClient();
        var personId = await person.AcceptAsync(link);
        var email = (await person.DataAsync("{ me { email } }")).GetProperty("me").GetProperty("email").GetString()!;
        var other = await admin.CreateWorkspaceAsync("Other team");

        var (invitationId, mailed) = await admin.InviteAsync(other, email, "EDITOR");
        var before = await person.DataAsync("{ me { invitations { id workspaceName role invitedByEmail status } workspaces { totalCount } } }");
        await person.JoinAsync(invitationId);
        var members = await admin.DataAsync("query($w: ID!) { workspace(id: $w) { members { edges { node { userId role } } } } }", new { w = other });
        var again = await person.PostAsync("mutation($i: ID!) { acceptWorkspaceInvitation(input: { invitationId: $i }) { invitation { status } } }", new { i = invitationId });

        Assert.EndsWith("/invitations", mailed, StringComparison.Ordinal);
        var pending = Assert.Single(before.GetProperty("me").GetProperty("invitations").EnumerateArray());
        Assert.Equal(("Other team", "EDITOR", ApiFixture.AdminEmail), (pending.GetProperty("workspaceName").GetString(),
            pending.GetProperty("role").GetString(), pending.GetProperty("invitedByEmail").GetString()));
        Assert.Equal(1, before.GetProperty("me").GetProperty("workspaces").GetProperty("totalCount").GetInt32());
        Assert.Contains(members.GetProperty("workspace").GetProperty("members").GetProperty("edges").EnumerateArray(),
            e => e.GetProperty("node").GetProperty("userId").GetString() == personId && e.GetProperty("node").GetProperty("role").GetString() == "EDITOR");
        Assert.Equal("NOT_FOUND", again.ErrorCode);
    }

    [Fact]
    public async Task AnInvitationLink_ShowsItsWorkspaceRoleAndInviter_WithoutUsingIt_AndNothingOnceRevoked()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Previewed team");
        var email = $"preview-{Guid.NewGuid():N}@example.test";
        var (_, link) = await admin.InviteAsync(workspace, email, "EDITOR");
        const string preview = "query($t: String!) { invitationPreview(token: $t) { email workspaceName role invitedByEmail status expiresAt } }";
        using var stranger = api.NewClient();

        var shown = (await stranger.DataAsync(preview, new { t = TokenOf(link) })).GetProperty("invitationPreview");
        var again = await stranger.PostAsync(preview, new { t = TokenOf(link) });
        var wrong = await stranger.PostAsync(preview, new { t = TokenOf(link)[..^2] + "xx" });
        var secondInvitee = $"preview-2-{Guid.NewGuid():N}@example.test";
        var (secondId, secondLink) = await admin.InviteAsync(workspace, secondInvitee, "VIEWER");
        await admin.DataAsync("mutation($i: ID!) { revokeInvitation(input: { invitationId: $i }) { invitation { status } } }", new { i = secondId });
        var revoked = await stranger.PostAsync(preview, new { t = TokenOf(secondLink) });

        Assert.Equal((email, "Previewed team", "EDITOR", ApiFixture.AdminEmail, "PENDING"), (shown.GetProperty("email").GetString(),
            shown.GetProperty("workspaceName").GetString(), shown.GetProperty("role").GetString(),
            shown.GetProperty("invitedByEmail").GetString(), shown.GetProperty("status").GetString()));
        Assert.Null(again.ErrorCode); // a preview does not use the link up
        Assert.Equal("NOT_FOUND", wrong.ErrorCode);
        Assert.Equal("NOT_FOUND", revoked.ErrorCode);
        Assert.DoesNotContain("Previewed team", wrong.Body + revoked.Body);
        var accepted = await api.NewClient().PostAsync("mutation($t: String!, $p: String!) { acceptInvitation(input: { token: $t, password: $p }) { user { id } } }",
            new { t = TokenOf(link), p = Workflows.MemberPassword });
        Assert.Null(accepted.ErrorCode);
        Assert.Equal("NOT_FOUND", (await stranger.PostAsync(preview, new { t = TokenOf(link) })).ErrorCode);
    }

    [Fact]
    public async Task ARevokedInvitation_CannotBeUsed_AndOnlyItsWorkspacesAdminMayRevokeIt()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Revoking");
        var email = $"revoked-{Guid.NewGuid():N}@example.test";
        var (invitationId, link) = await admin.InviteAsync(workspace, email, "VIEWER");
        var outsider = await api.NewOutsiderAsync(admin);
        const string revoke = "mutation($i: ID!) { revokeInvitation(input: { invitationId: $i }) { invitation { status } } }";

        var byOutsider = await outsider.PostAsync(revoke, new { i = invitationId });
        var revoked = await admin.DataAsync(revoke, new { i = invitationId });
        var used = await api.NewClient().PostAsync("mutation($t: String!, $p: String!) { acceptInvitation(input: { token: $t, password: $p }) { user { id } } }",
            new { t = TokenOf(link), p = Workflows.MemberPassword });

        Assert.Equal("NOT_FOUND", byOutsider.ErrorCode);
        Assert.Equal("REVOKED", revoked.GetProperty("revokeInvitation").GetProperty("invitation").GetProperty("status").GetString());
        Assert.Equal("NOT_FOUND", used.ErrorCode);
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from users where email = $1", email));
    }

    [Fact]
    public async Task DomainVerification_AsksTheConfiguredResolver_AcceptsEitherName_AndIsAudited()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Domains");
        var domain = $"corp-{Guid.NewGuid():N}.test";
        const string verify = "mutation($w: ID!, $d: String!) { verifyDomain(input: { workspaceId: $w, domain: $d }) { domain { domain status verifiedAt } } }";

        var claim = (await admin.DataAsync("mutation($w: ID!, $d: String!) { claimDomain(input: { workspaceId: $w, domain: $d }) { domain { txtRecordName txtRecordValue status } } }",
            new { w = workspace, d = domain.ToUpperInvariant() })).GetProperty("claimDomain").GetProperty("domain");
        var notYet = await admin.PostAsync(verify, new { w = workspace, d = domain });
        api.Dns.SetTxt(domain, "v=spf1 -all", claim.GetProperty("txtRecordValue").GetString()!); // at the bare domain
        var verified = await admin.DataAsync(verify, new { w = workspace, d = domain });
        var viewer = (await api.AddMemberAsync(admin, workspace, "VIEWER")).Client;
        var byViewer = await viewer.PostAsync("mutation($w: ID!, $d: String!) { claimDomain(input: { workspaceId: $w, domain: $d }) { domain { status } } }",
            new { w = workspace, d = "viewer.test" });
        var released = await admin.DataAsync("mutation($w: ID!, $d: String!) { releaseDomain(input: { workspaceId: $w, domain: $d }) { releasedDomain } }",
            new { w = workspace, d = domain });
        var types = (await admin.AuditEventsAsync(workspace)).Select(e => e.GetProperty("type").GetString()).ToList();

        Assert.Equal($"_deepnote.{domain}", claim.GetProperty("txtRecordName").GetString());
        Assert.Equal("PENDING", claim.GetProperty("status").GetString());
        Assert.Equal("VALIDATION_FAILED", notYet.ErrorCode);
        Assert.Contains("No TXT record", notYet.Body, StringComparison.Ordinal);
        Assert.True(api.Dns.QueryCount($"_deepnote.{domain}") >= 1); // the lookups reached the loopback DNS server
        Assert.True(api.Dns.QueryCount(domain) >= 2);
        Assert.Equal("VERIFIED", verified.GetProperty("verifyDomain").GetProperty("domain").GetProperty("status").GetString());
        Assert.Equal("FORBIDDEN", byViewer.ErrorCode);
        Assert.Equal(domain, released.GetProperty("releaseDomain").GetProperty("releasedDomain").GetString());
        Assert.Contains("DomainClaimed", types);
        Assert.Contains("DomainVerified", types);
        Assert.Contains("DomainReleased", types);
    }

    [Fact]
    public async Task TheOperator_VerifiesADomainForANamedWorkspace_AtStart()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Single tenant");
        var domain = $"operator-{Guid.NewGuid():N}.test";

        var (node, _) = await api.StartNodeAsync(api.Settings with
        {
            VerifiedDomains = [KeyValuePair.Create(domain, new WorkspaceId(Guid.Parse(workspace)))],
        });
        await node.StopAsync();
        await node.DisposeAsync();
        var domains = await admin.DataAsync("query($w: ID!) { workspace(id: $w) { domains { domain status } } }", new { w = workspace });

        var listed = Assert.Single(domains.GetProperty("workspace").GetProperty("domains").EnumerateArray());
        Assert.Equal((domain, "VERIFIED"), (listed.GetProperty("domain").GetString(), listed.GetProperty("status").GetString()));
        Assert.Equal("operator", await api.Database.ScalarAsync<string>("select verification_method from workspace_domains where domain = $1", domain));
    }

    [Fact]
    public async Task AMember_OutsideTheVerifiedDomains_LinksTheirAccount_AndThenSignsInThroughTheProvider()
    {
        api.Provider.Reset();
        using var admin = await api.SignedInAdminAsync();
        var (personId, person) = await api.AddMemberAsync(admin, api.Workspace, "VIEWER"); // an @example.test account
        var providerEmail = $"contractor-{Guid.NewGuid():N}@gmail.test";
        api.Provider.NextEmail = providerEmail;

        var redirect = (await person.DataAsync("mutation($w: ID!) { linkSingleSignOn(input: { workspaceId: $w }) { redirectUrl } }",
            new { w = api.Workspace })).GetProperty("linkSingleSignOn").GetProperty("redirectUrl").GetString()!;
        using var provider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var back = await provider.GetAsync(redirect);
        var linked = await person.Http.GetAsync(back.Headers.Location!.PathAndQuery);
        var (later, landing) = await api.SsoSignInAsync(providerEmail, start: $"/sso/start?workspaceId={api.Workspace}");
        using var _ = later;
        var me = await later.DataAsync("{ me { id } }");
        var outsider = await api.NewOutsiderAsync(admin);
        var byOutsider = await outsider.PostAsync("mutation($w: ID!) { linkSingleSignOn(input: { workspaceId: $w }) { redirectUrl } }", new { w = api.Workspace });

        Assert.Equal("/", linked.Headers.Location!.ToString());
        Assert.Equal("/", landing.AbsolutePath);
        Assert.Equal(personId, me.GetProperty("me").GetProperty("id").GetString());
        Assert.Equal("NOT_FOUND", byOutsider.ErrorCode); // not a member there: the workspace is not even shown
        Assert.StartsWith(api.BaseAddress.GetLeftPart(UriPartial.Authority) + "/sso/callback",
            System.Web.HttpUtility.ParseQueryString(new Uri(redirect).Query)["redirect_uri"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MailedLinks_UseThePublicAddress_NotTheCallersHostHeader()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Hosts");
        var email = $"host-{Guid.NewGuid():N}@example.test";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = "mutation($w: ID!, $e: String!) { inviteMember(input: { workspaceId: $w, email: $e, role: VIEWER }) { invitation { id } } }",
                variables = new { w = workspace, e = email },
            }),
        };
        request.Headers.Host = "evil.example";
        request.Headers.Add("X-Deepnote-CSRF", "1");

        var response = await admin.Http.SendAsync(request);
        var link = await api.Mailbox.LinkAsync(email, "/invite");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(api.BaseAddress.GetLeftPart(UriPartial.Authority) + "/invite?token=", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGuestInvitation_AcceptedAfterJoiningAsAMember_IsRefused_AndARemovedAdminsInvitationsLapse()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Guests and members");
        var project = (await admin.DataAsync("mutation($w: ID!) { createProject(input: { workspaceId: $w, name: \"P\" }) { project { id } } }",
            new { w = workspace })).GetProperty("createProject").GetProperty("project").GetProperty("id").GetString()!;
        var (_, home) = await admin.InviteAsync(await admin.CreateWorkspaceAsync("Home"), $"both-{Guid.NewGuid():N}@example.test", "VIEWER");
        using var person = api.NewClient();
        await person.AcceptAsync(home);
        var email = (await person.DataAsync("{ me { email } }")).GetProperty("me").GetProperty("email").GetString()!;
        await admin.InviteGuestAsync(project, email, "EDIT");
        var guestInvitation = (await person.DataAsync("{ me { invitations { id projectId } } }")).GetProperty("me").GetProperty("invitations")
            .EnumerateArray().Single(i => i.GetProperty("projectId").GetString() == project).GetProperty("id").GetString()!;
        var (memberInvitation, _) = await admin.InviteAsync(workspace, email, "AUDITOR");
        await person.JoinAsync(memberInvitation);

        var asGuest = await person.PostAsync("mutation($i: ID!) { acceptWorkspaceInvitation(input: { invitationId: $i }) { invitation { status } } }",
            new { i = guestInvitation });

        Assert.Equal("CONFLICT", asGuest.ErrorCode);

        // A second ADMIN invites someone, then is removed: that invitation lapses with their role.
        var (secondAdminId, secondAdmin) = await api.AddMemberAsync(admin, workspace, "ADMIN");
        var invitee = $"lapsed-{Guid.NewGuid():N}@example.test";
        var (_, lapsedLink) = await secondAdmin.InviteAsync(workspace, invitee, "EDITOR");
        await admin.DataAsync("mutation($w: ID!, $u: ID!) { removeMember(input: { workspaceId: $w, userId: $u }) { removedUserId } }",
            new { w = workspace, u = secondAdminId });
        var lapsed = await api.NewClient().PostAsync("mutation($t: String!, $p: String!) { acceptInvitation(input: { token: $t, password: $p }) { user { id } } }",
            new { t = TokenOf(lapsedLink), p = Workflows.MemberPassword });
        Assert.Equal("NOT_FOUND", lapsed.ErrorCode);
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from users where email = $1", invitee));
    }

    [Fact]
    public async Task AnAddressUnderEnforcedSso_GetsNoPasswordAccount_FromASignUpLink()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("SSO only");
        var domain = $"ssoonly-{Guid.NewGuid():N}.test";
        await api.VerifyDomainAsync(admin, workspace, domain);
        await api.ConfigureSsoAsync(admin, workspace, domain, enforce: true);
        var email = $"new@{domain}";

        await api.NewClient().DataAsync("mutation($e: String!) { signUp(input: { email: $e }) { email } }", new { e = email });
        var link = await api.Mailbox.LinkAsync(email, "/signup");
        var completed = await api.NewClient().PostAsync("mutation($t: String!, $p: String!) { completeSignUp(input: { token: $t, password: $p }) { user { id } } }",
            new { t = TokenOf(link), p = Workflows.MemberPassword });

        Assert.Equal("CONFLICT", completed.ErrorCode);
        Assert.Contains("single sign-on", completed.Body, StringComparison.Ordinal);
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from users where email = $1", email));
    }

    [Fact]
    public async Task AReset_EndsTheOtherResetLinks()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Two links");
        var email = $"twice-{Guid.NewGuid():N}@example.test";
        var (_, invitation) = await admin.InviteAsync(workspace, email, "VIEWER");
        await api.NewClient().AcceptAsync(invitation);
        const string request = "mutation($e: String!) { requestPasswordReset(input: { email: $e }) { email } }";
        const string reset = "mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) { user { id } } }";

        await api.NewClient().DataAsync(request, new { e = email });
        var first = await api.Mailbox.LinkAsync(email, "/reset-password");
        await api.NewClient().DataAsync(request, new { e = email });
        var second = await api.Mailbox.LinkAsync(email, "/reset-password");
        await api.NewClient().DataAsync(reset, new { t = TokenOf(second), p = "Second-Link-Password-31" });
        var stale = await api.NewClient().PostAsync(reset, new { t = TokenOf(first), p = "First-Link-Password-47" });

        Assert.Equal("NOT_FOUND", stale.ErrorCode);
    }
}
