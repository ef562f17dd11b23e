using System.Text.Json;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.GraphQL;

/// <summary>Steps the GraphQL tests share: create a workspace, invite someone and let them in.</summary>
public static class Workflows
{
    public const string MemberPassword = "Member-Password-4-Tests!";

    public static async Task<string> CreateWorkspaceAsync(this GraphQLClient client, string name)
    {
        var data = await client.DataAsync("mutation($n: String!) { createWorkspace(input: { name: $n }) { workspace { id name myRole } } }",
            new { n = name });
        var workspace = data.GetProperty("createWorkspace").GetProperty("workspace");
        Assert.Equal("ADMIN", workspace.GetProperty("myRole").GetString());
        return workspace.GetProperty("id").GetString()!;
    }

    /// <summary>Invites an address and returns the invitation's id and the link mailed to it: <c>/invite?token=</c>
    /// for an address with no account, <c>/invitations</c> for an existing account.</summary>
    public static async Task<(string InvitationId, string Link)> InviteAsync(this GraphQLClient admin, string workspaceId,
        string email, string role)
    {
        var data = await admin.DataAsync($$"""
            mutation($w: ID!, $e: String!) {
              inviteMember(input: { workspaceId: $w, email: $e, role: {{role}} }) { invitation { id email role status } }
            }
            """, new { w = workspaceId, e = email });
        var invitation = data.GetProperty("inviteMember").GetProperty("invitation");
        Assert.Equal(role, invitation.GetProperty("role").GetString());
        Assert.Equal("PENDING", invitation.GetProperty("status").GetString());
        return (invitation.GetProperty("id").GetString()!, await InvitationLinkAsync(admin, email));
    }

    /// <summary>The link in the invitation mailed to <paramref name="email"/>.</summary>
    private static async Task<string> InvitationLinkAsync(GraphQLClient admin, string email)
    {
        var text = await admin.Mailbox!.TextAsync(email);
        var link = System.Text.RegularExpressions.Regex.Match(text, @"https://\S+/(invite\?token=|invitations)\S*").Value;
        Assert.NotEmpty(link);
        return link;
    }

    /// <summary>Invites a new person and has them accept from the mailed link in a browser of their own.</summary>
    public static async Task<(string UserId, GraphQLClient Client)> AddMemberAsync(this ApiFixture api, GraphQLClient admin,
        string workspaceId, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.test";
        var (_, link) = await admin.InviteAsync(workspaceId, email, role);
        var member = api.NewClient();
        return (await member.AcceptAsync(link), member);
    }

    /// <summary>Someone with an account and a workspace of their own, who is not a member of the admin's others.</summary>
    public static async Task<GraphQLClient> NewOutsiderAsync(this ApiFixture api, GraphQLClient admin)
    {
        var home = await admin.CreateWorkspaceAsync($"Outsider's home {Guid.NewGuid():N}");
        var (_, outsider) = await api.AddMemberAsync(admin, home, "ADMIN");
        return outsider;
    }

    /// <summary>Follows a mailed invitation link for an address with no account: chooses a password, joins, and is
    /// signed in. Returns the new account's id.</summary>
    public static async Task<string> AcceptAsync(this GraphQLClient client, string link)
    {
        var token = Uri.UnescapeDataString(new Uri(link).Query.Split("token=")[1]);
        var data = await client.DataAsync("mutation($t: String!, $p: String!) { acceptInvitation(input: { token: $t, password: $p }) { user { id } } }",
            new { t = token, p = MemberPassword });
        return data.GetProperty("acceptInvitation").GetProperty("user").GetProperty("id").GetString()!;
    }

    /// <summary>Claims a domain for a workspace, publishes its TXT record on the loopback DNS server and verifies it.</summary>
    public static async Task VerifyDomainAsync(this ApiFixture api, GraphQLClient admin, string workspaceId, string domain)
    {
        var claim = (await admin.DataAsync("mutation($w: ID!, $d: String!) { claimDomain(input: { workspaceId: $w, domain: $d }) { domain { txtRecordName txtRecordValue } } }",
            new { w = workspaceId, d = domain })).GetProperty("claimDomain").GetProperty("domain");
        api.Dns.SetTxt(claim.GetProperty("txtRecordName").GetString()!, claim.GetProperty("txtRecordValue").GetString()!);
        var verified = await admin.DataAsync("mutation($w: ID!, $d: String!) { verifyDomain(input: { workspaceId: $w, domain: $d }) { domain { status } } }",
            new { w = workspaceId, d = domain });
        Assert.Equal("VERIFIED", verified.GetProperty("verifyDomain").GetProperty("domain").GetProperty("status").GetString());
    }

    /// <summary>Invites a guest to a project and returns the link mailed to them.</summary>
    public static async Task<string> InviteGuestAsync(this GraphQLClient admin, string projectId, string email, string access)
    {
        var data = await admin.DataAsync("mutation($p: ID!, $e: String!, $a: ProjectAccess!) { inviteGuest(input: { projectId: $p, email: $e, access: $a }) { invitation { id access status } } }",
            new { p = projectId, e = email, a = access });
        Assert.Equal(access, data.GetProperty("inviteGuest").GetProperty("invitation").GetProperty("access").GetString());
        return await InvitationLinkAsync(admin, email);
    }

    /// <summary>A signed-in account accepts a pending invitation addressed to it.</summary>
    public static async Task JoinAsync(this GraphQLClient client, string invitationId) =>
        await client.DataAsync("mutation($i: ID!) { acceptWorkspaceInvitation(input: { invitationId: $i }) { invitation { status } } }",
            new { i = invitationId });

    public static async Task<List<JsonElement>> AuditEventsAsync(this GraphQLClient client, string workspaceId,
        object? filter = null)
    {
        var data = await client.DataAsync("""
            query($w: ID!, $f: AuditFilter) {
              auditEvents(workspaceId: $w, filter: $f, first: 500) {
                edges { node { sequence type actor { id kind email apiTokenId } streamId data hash previousHash ipAddress userAgent } }
              }
            }
            """, new { w = workspaceId, f = filter });
        return data.GetProperty("auditEvents").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
    }
}
