using System.Text.Json;
using System.Text.RegularExpressions;
using Deepnote.Application.Identity.Ports;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Identity;

/// <summary>The attacks of the identity issue, replayed over HTTPS + GraphQL by a second tenant's ADMIN (anyone may
/// create a workspace), each next to the legitimate flow it must leave working.</summary>
public sealed partial class TenantAttackTests(SsoFixture api) : IClassFixture<SsoFixture>
{
    private const string SignIn = "mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } } }";

    /// <summary>A victim organisation: a workspace that verified its own domain, with one password account.</summary>
    private async Task<(string Workspace, string Domain, string Email, GraphQLClient Person)> VictimAsync(GraphQLClient operatorAdmin)
    {
        var domain = $"victim-{Guid.NewGuid():N}.test";
        var workspace = await operatorAdmin.CreateWorkspaceAsync("Victim " + domain);
        await api.VerifyDomainAsync(operatorAdmin, workspace, domain);
        var email = $"ceo@{domain}";
        var (_, link) = await operatorAdmin.InviteAsync(workspace, email, "ADMIN");
        var person = api.NewClient();
        await person.AcceptAsync(link);
        return (workspace, domain, email, person);
    }

    /// <summary>Anyone: an account and a workspace of their own, where they are ADMIN.</summary>
    private async Task<(string Workspace, GraphQLClient Admin)> AttackerAsync(GraphQLClient operatorAdmin)
    {
        var attacker = await api.NewOutsiderAsync(operatorAdmin);
        var workspace = await attacker.CreateWorkspaceAsync("Attacker " + Guid.NewGuid().ToString("N")[..6]);
        return (workspace, attacker);
    }

    private static async Task<List<string>> WorkspacesOfAsync(GraphQLClient person) =>
        (await person.DataAsync("{ me { workspaces { edges { node { id } } } } }")).GetProperty("me").GetProperty("workspaces")
        .GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();

    [Fact]
    public async Task Attack1_ASelfConfiguredProvider_CannotSignInAnotherTenantsAccount_NorClaimItsDomain()
    {
        api.Provider.Reset();
        using var admin = await api.SignedInAdminAsync();
        var victim = await VictimAsync(admin);
        var (attackerWorkspace, attacker) = await AttackerAsync(admin);
        var attackerDomain = $"attacker-{Guid.NewGuid():N}.test";
        await api.VerifyDomainAsync(attacker, attackerWorkspace, attackerDomain);

        // The victim's domain cannot be listed without owning it, nor verified while another workspace owns it.
        var listed = await attacker.PostAsync("""
            mutation($w: ID!, $i: String!, $d: String!) { configureSso(input: { workspaceId: $w, issuer: $i, clientId: "x",
              allowedDomains: [$d], defaultRole: VIEWER, enforceSso: false }) { workspace { id } } }
            """, new { w = attackerWorkspace, i = api.Provider.Issuer.ToString(), d = victim.Domain });
        await attacker.DataAsync("mutation($w: ID!, $d: String!) { claimDomain(input: { workspaceId: $w, domain: $d }) { domain { status } } }",
            new { w = attackerWorkspace, d = victim.Domain });
        var stolenVerification = await attacker.PostAsync("mutation($w: ID!, $d: String!) { verifyDomain(input: { workspaceId: $w, domain: $d }) { domain { status } } }",
            new { w = attackerWorkspace, d = victim.Domain });
        await api.ConfigureSsoAsync(attacker, attackerWorkspace, attackerDomain, enforce: false);

        // The attacker's provider asserts the victim's (verified) address.
        var (browser, landing) = await api.SsoSignInAsync($"someone@{attackerDomain}", providerEmail: victim.Email);
        using var _ = browser;
        var me = await browser.DataAsync("{ me { id } }");

        Assert.Equal("VALIDATION_FAILED", listed.ErrorCode);
        Assert.Equal("CONFLICT", stolenVerification.ErrorCode);
        Assert.Equal("/signin", landing.AbsolutePath);
        Assert.Equal("?sso_error=not_allowed", landing.Query); // the same code whether or not the address has an account
        Assert.Equal(JsonValueKind.Null, me.GetProperty("me").ValueKind);
        Assert.Equal([victim.Workspace], await WorkspacesOfAsync(victim.Person));

        // The victim's own address is sent to the victim's workspace, the one verified owner.
        await api.ConfigureSsoAsync(admin, victim.Workspace, victim.Domain, enforce: false);
        using var starter = api.NewClient();
        await starter.Http.GetAsync($"/sso/start?email={Uri.EscapeDataString("someone@" + victim.Domain)}");
        Assert.Equal(Guid.Parse(victim.Workspace),
            await api.Database.ScalarAsync<Guid>("select workspace_id from sso_states order by expires_at desc limit 1"));
    }

    [Fact]
    public async Task Attack2_AnInvitationToAnUnknownAddress_GivesTheInviterNothing_AndTheRealOwnerJoinsOnlyWhereTheyAccept()
    {
        using var admin = await api.SignedInAdminAsync();
        var (attackerWorkspace, attacker) = await AttackerAsync(admin);
        var bob = $"bob-{Guid.NewGuid():N}@org.test";

        var invited = await attacker.PostAsync("mutation($w: ID!, $e: String!) { inviteMember(input: { workspaceId: $w, email: $e, role: VIEWER }) { invitation { id status } } }",
            new { w = attackerWorkspace, e = bob });
        var attackerLink = await api.Mailbox.LinkAsync(bob, "/invite"); // only bob's mailbox has it

        var orgWorkspace = await admin.CreateWorkspaceAsync("The real organisation");
        var (orgInvitation, orgLink) = await admin.InviteAsync(orgWorkspace, bob, "EDITOR");
        using var realBob = api.NewClient();
        await realBob.AcceptAsync(orgLink); // bob chooses his own password through the mail he received
        var pending = await realBob.DataAsync("{ me { invitations { id workspaceName status } } }");
        var replayedAttackerLink = await api.NewClient().PostAsync(
            "mutation($t: String!) { acceptInvitation(input: { token: $t, password: \"Attacker-Chosen-Passw0rd!\" }) { user { id } } }",
            new { t = Uri.UnescapeDataString(attackerLink.Split("token=")[1]) });

        Assert.Null(invited.Errors);
        Assert.DoesNotContain("token", invited.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", invited.Body, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(orgInvitation);
        Assert.Equal([orgWorkspace], await WorkspacesOfAsync(realBob));
        var attackerInvitation = Assert.Single(pending.GetProperty("me").GetProperty("invitations").EnumerateArray());
        Assert.Equal("PENDING", attackerInvitation.GetProperty("status").GetString()); // waits for bob's consent
        Assert.Equal("CONFLICT", replayedAttackerLink.ErrorCode); // the account exists: that link creates nothing
        Assert.Equal("UNAUTHENTICATED", (await api.NewClient().PostAsync(SignIn, new { e = bob, p = "Attacker-Chosen-Passw0rd!" })).ErrorCode);

        // Bob declines; the attacker's workspace never had him.
        await realBob.DataAsync("mutation($i: ID!) { declineWorkspaceInvitation(input: { invitationId: $i }) { invitation { status } } }",
            new { i = attackerInvitation.GetProperty("id").GetString() });
        var members = await attacker.DataAsync("query($w: ID!) { workspace(id: $w) { members { totalCount } invitations { id } } }", new { w = attackerWorkspace });
        Assert.Equal(1, members.GetProperty("workspace").GetProperty("members").GetProperty("totalCount").GetInt32());
        Assert.Empty(members.GetProperty("workspace").GetProperty("invitations").EnumerateArray());
    }

    [Fact]
    public async Task Attack3_InvitingAnAccountAndEnforcingSso_LocksNobodyOutOfTheirPassword()
    {
        using var admin = await api.SignedInAdminAsync();
        var victim = await VictimAsync(admin);
        var (attackerWorkspace, attacker) = await AttackerAsync(admin);
        var attackerDomain = $"lock-{Guid.NewGuid():N}.test";
        await api.VerifyDomainAsync(attacker, attackerWorkspace, attackerDomain);

        await attacker.InviteAsync(attackerWorkspace, victim.Email, "VIEWER");
        await api.ConfigureSsoAsync(attacker, attackerWorkspace, attackerDomain, enforce: true);
        using var fresh = api.NewClient();
        var signIn = await fresh.PostAsync(SignIn, new { e = victim.Email, p = Workflows.MemberPassword });

        Assert.Null(signIn.Errors);
        Assert.Equal([victim.Workspace], await WorkspacesOfAsync(fresh)); // invited, not added
    }

    [Fact]
    public async Task Attack4_InvitingAnExistingAndAnUnknownAddress_AnswersTheSame()
    {
        using var admin = await api.SignedInAdminAsync();
        var victim = await VictimAsync(admin);
        var (attackerWorkspace, attacker) = await AttackerAsync(admin);
        const string invite = "mutation($w: ID!, $e: String!) { inviteMember(input: { workspaceId: $w, email: $e, role: EDITOR }) { invitation { id email role status expiresAt workspaceName invitedByEmail projectId access } } }";
        var unknown = $"nobody-{Guid.NewGuid():N}@{victim.Domain}";

        var forExisting = await attacker.PostAsync(invite, new { w = attackerWorkspace, e = victim.Email });
        var forUnknown = await attacker.PostAsync(invite, new { w = attackerWorkspace, e = unknown });

        // The full responses differ only in the invitation's id, the address asked for and the moment of expiry.
        Assert.Equal(Normalize(forExisting.Body, victim.Email), Normalize(forUnknown.Body, unknown));
        Assert.Equal(forExisting.Message.StatusCode, forUnknown.Message.StatusCode);
    }

    private static string Normalize(string body, string email) =>
        Timestamp().Replace(Uuid().Replace(body.Replace(email, "<email>", StringComparison.Ordinal), "<id>"), "<time>");

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT[0-9:.]+(Z|[+-]\d\d:\d\d|\\u002B\d\d:\d\d)")]
    private static partial Regex Timestamp();

    [Fact]
    public async Task Attack5_TheSsoErrorPage_ShowsOnlyAFixedCode()
    {
        using var browser = api.NewClient();

        var injected = await browser.Http.GetAsync("/sso/callback?error=%3Cscript%3Ealert(1)%3C%2Fscript%3E&error_description=Call+0800");
        var denied = await browser.Http.GetAsync("/sso/callback?error=access_denied");
        var forged = await browser.Http.GetAsync("/sso/callback?code=x&state=forged");

        Assert.Equal("/signin?sso_error=provider_error", injected.Headers.Location!.ToString());
        Assert.Equal("/signin?sso_error=access_denied", denied.Headers.Location!.ToString());
        Assert.Equal("/signin?sso_error=expired", forged.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Attack5_AProviderWhoseDiscoveryNamesAnotherIssuerOrRedirects_IsRefusedAtConfiguration()
    {
        api.Provider.Reset();
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Hostile provider");
        const string configure = """
            mutation($w: ID!, $i: String!) { configureSso(input: { workspaceId: $w, issuer: $i, clientId: "x",
              defaultRole: VIEWER, enforceSso: false }) { workspace { id } } }
            """;

        api.Provider.DiscoveryOverrides["issuer"] = "https://accounts.google.com";
        var otherIssuer = await admin.PostAsync(configure, new { w = workspace, i = api.Provider.Issuer.ToString() });
        api.Provider.Reset();
        api.Provider.DiscoveryOverrides["token_endpoint"] = "http://169.254.169.254/latest/meta-data";
        var plainTokenEndpoint = await admin.PostAsync(configure, new { w = workspace, i = api.Provider.Issuer.ToString() });
        api.Provider.Reset();
        api.Provider.DiscoveryRedirect = "http://169.254.169.254/latest/meta-data";
        var redirected = await admin.PostAsync(configure, new { w = workspace, i = api.Provider.Issuer.ToString() });
        api.Provider.Reset();
        var valid = await admin.PostAsync(configure, new { w = workspace, i = api.Provider.Issuer.ToString() });

        Assert.Equal("VALIDATION_FAILED", otherIssuer.ErrorCode);
        Assert.Contains("another issuer", otherIssuer.Body, StringComparison.Ordinal);
        Assert.Equal("VALIDATION_FAILED", plainTokenEndpoint.ErrorCode);
        Assert.Equal("VALIDATION_FAILED", redirected.ErrorCode);
        Assert.Null(valid.Errors);
    }

    [Fact]
    public async Task Attack6_AThousandFailuresByAStranger_DelayTheOwnerAtMostFifteenMinutes_AndAResetMailClearsThem()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Back-off");
        var email = $"owner-{Guid.NewGuid():N}@example.test";
        var (_, link) = await admin.InviteAsync(workspace, email, "VIEWER");
        using var owner = api.NewClient();
        await owner.AcceptAsync(link);
        using var stranger = api.NewClient();
        for (var i = 0; i < SignInLimits.FreeAttempts; i++) await stranger.PostAsync(SignIn, new { e = email, p = $"guess-{i}-Xq9!" });
        // The stranger kept guessing for days, one guess each time the delay allowed it.
        await api.Database.ExecuteAsync("update sign_in_backoff set failures = 1000 where email = $1", email);

        var rightAway = await owner.PostAsync(SignIn, new { e = email, p = Workflows.MemberPassword });
        api.Clock.Advance(SignInLimits.MaxDelay + TimeSpan.FromSeconds(1));
        var withinTheCap = await owner.PostAsync(SignIn, new { e = email, p = Workflows.MemberPassword });

        Assert.Equal("LIMIT_EXCEEDED", rightAway.ErrorCode);
        Assert.Null(withinTheCap.Errors);

        // Guessing again delays the owner again, but a reset link always gets them in, and clears the count.
        for (var i = 0; i < SignInLimits.FreeAttempts + 3; i++) await stranger.PostAsync(SignIn, new { e = email, p = $"again-{i}-Xq9!" });
        await api.NewClient().DataAsync("mutation($e: String!) { requestPasswordReset(input: { email: $e }) { email } }", new { e = email });
        var resetLink = await api.Mailbox.LinkAsync(email, "/reset-password");
        await owner.DataAsync("mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) { user { id } } }",
            new { t = Uri.UnescapeDataString(resetLink.Split("token=")[1]), p = "A-Fresh-Start-for-Owner-31" });
        Assert.Null((await api.NewClient().PostAsync(SignIn, new { e = email, p = "A-Fresh-Start-for-Owner-31" })).Errors);
    }

    [Theory]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("password1234")]
    [InlineData("123456789012")]
    [InlineData("qwertyuiopas")]
    [InlineData("short-Pw1!")]
    public async Task Attack6_WeakPasswords_AreRefusedWithTheRule(string password)
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Weak " + Guid.NewGuid().ToString("N")[..6]);
        var (_, link) = await admin.InviteAsync(workspace, $"weak-{Guid.NewGuid():N}@example.test", "VIEWER");

        var accepted = await api.NewClient().PostAsync("mutation($t: String!, $p: String!) { acceptInvitation(input: { token: $t, password: $p }) { user { id } } }",
            new { t = Uri.UnescapeDataString(link.Split("token=")[1]), p = password });

        Assert.Equal("VALIDATION_FAILED", accepted.ErrorCode);
        Assert.Contains("\"field\":\"password\"", accepted.Body, StringComparison.Ordinal);
        Assert.Contains("12 characters", accepted.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attack5_WithoutTheOperatorsPermission_NoLoopbackOrPrivateProviderIsEverContacted()
    {
        api.Provider.Reset();
        var strict = new Deepnote.Infrastructure.Identity.OidcClient(new Deepnote.Infrastructure.Identity.OidcNetworkPolicy(false, []));
        var before = api.Provider.Requests;
        var httpsLoopback = new UriBuilder(api.Provider.Issuer) { Scheme = "https" }.Uri.ToString();

        var plain = await Assert.ThrowsAsync<SsoRejectedException>(() => strict.ValidateIssuerAsync(api.Provider.Issuer.ToString(), default));
        var loopback = await Assert.ThrowsAsync<SsoRejectedException>(() => strict.ValidateIssuerAsync(httpsLoopback, default));
        var metadata = await Assert.ThrowsAsync<SsoRejectedException>(() => strict.ValidateIssuerAsync("https://169.254.169.254", default));
        var allowed = new Deepnote.Infrastructure.Identity.OidcClient(new Deepnote.Infrastructure.Identity.OidcNetworkPolicy(true, []));
        await allowed.ValidateIssuerAsync(api.Provider.Issuer.ToString(), default);

        Assert.Contains("https", plain.Reason, StringComparison.Ordinal);
        Assert.Contains("not reachable at a public address", loopback.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1/", loopback.Reason, StringComparison.Ordinal);
        Assert.Equal("169.254.169.254 is not reachable at a public address", metadata.Reason);
        Assert.True(api.Provider.Requests > before); // the permitted client did reach it: the refusals above were not luck
        Assert.Equal(before + 2, api.Provider.Requests); // discovery and keys, from the permitted client only
    }

    [Fact]
    public async Task ALinkOrSignInBegunInOneBrowser_CannotBeCompletedInAnother()
    {
        api.Provider.Reset();
        using var admin = await api.SignedInAdminAsync();
        var (_, attacker) = await api.AddMemberAsync(admin, api.Workspace, "VIEWER");
        var colleagueAddress = $"colleague-{Guid.NewGuid():N}@gmail.test";
        api.Provider.NextEmail = colleagueAddress; // the colleague's provider session answers silently

        var redirect = (await attacker.DataAsync("mutation($w: ID!) { linkSingleSignOn(input: { workspaceId: $w }) { redirectUrl } }",
            new { w = api.Workspace })).GetProperty("linkSingleSignOn").GetProperty("redirectUrl").GetString()!;
        using var provider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var back = await provider.GetAsync(redirect);
        using var colleague = api.NewClient(); // opens the link the attacker sent
        var landed = await colleague.Http.GetAsync(back.Headers.Location!.PathAndQuery);

        Assert.Equal("/signin?sso_error=expired", landed.Headers.Location!.ToString());
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from sso_links where subject = $1", "sub-" + colleagueAddress));
        Assert.Equal(JsonValueKind.Null, (await colleague.DataAsync("{ me { id } }")).GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task ALinkedProvider_NoLongerSignsInSomeoneRemovedFromItsWorkspace()
    {
        api.Provider.Reset();
        using var admin = await api.SignedInAdminAsync();
        var (personId, person) = await api.AddMemberAsync(admin, api.Workspace, "VIEWER");
        var providerEmail = $"linked-{Guid.NewGuid():N}@gmail.test";
        api.Provider.NextEmail = providerEmail;
        var redirect = (await person.DataAsync("mutation($w: ID!) { linkSingleSignOn(input: { workspaceId: $w }) { redirectUrl } }",
            new { w = api.Workspace })).GetProperty("linkSingleSignOn").GetProperty("redirectUrl").GetString()!;
        using var provider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        await person.Http.GetAsync((await provider.GetAsync(redirect)).Headers.Location!.PathAndQuery);

        await admin.DataAsync("mutation($w: ID!, $u: ID!) { removeMember(input: { workspaceId: $w, userId: $u }) { removedUserId } }",
            new { w = api.Workspace, u = personId });
        var (browser, landing) = await api.SsoSignInAsync(providerEmail, start: $"/sso/start?workspaceId={api.Workspace}");
        using var _ = browser;

        Assert.Equal("?sso_error=not_allowed", landing.Query);
        Assert.Equal(JsonValueKind.Null, (await browser.DataAsync("{ me { id } }")).GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task AStranger_CannotMailBombAnAddress_ThroughSignUpOrReset()
    {
        var target = $"target-{Guid.NewGuid():N}@example.test";
        using var stranger = api.NewClient();

        for (var i = 0; i < 6; i++)
        {
            Assert.Null((await stranger.PostAsync("mutation($e: String!) { signUp(input: { email: $e }) { email } }", new { e = target })).Errors);
        }

        for (var i = 0; i < IMailQuota.PerHour; i++) await api.Mailbox.TextAsync(target);
        await Assert.ThrowsAsync<TimeoutException>(() => api.Smtp.WaitForAsync(target, timeout: TimeSpan.FromSeconds(2)));
        Assert.Equal(IMailQuota.PerHour, api.Smtp.Messages.Count(m => m.To.Mailboxes.Any(b => b.Address == target)));
    }

    [Fact]
    public async Task ParallelGuesses_AreHeldInLine_SoOnlyTheFreeAttemptsAreTried()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Parallel guesses");
        var email = $"parallel-{Guid.NewGuid():N}@example.test";
        var (_, link) = await admin.InviteAsync(workspace, email, "VIEWER");
        await api.NewClient().AcceptAsync(link);

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            api.NewClient().PostAsync(SignIn, new { e = email, p = $"parallel-guess-{i}-Qz8!" })));

        Assert.Equal(SignInLimits.FreeAttempts, answers.Count(a => a.ErrorCode == "UNAUTHENTICATED"));
        Assert.All(answers, a => Assert.Contains(a.ErrorCode, new[] { "UNAUTHENTICATED", "LIMIT_EXCEEDED" }));
    }
}
