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

    public static async Task<(string UserId, string? Link)> InviteAsync(this GraphQLClient admin, string workspaceId,
        string email, string role)
    {
        var data = await admin.DataAsync($$"""
            mutation($w: ID!, $e: String!) {
              inviteMember(input: { workspaceId: $w, email: $e, role: {{role}} }) { member { userId email role } invitationLink }
            }
            """, new { w = workspaceId, e = email });
        var payload = data.GetProperty("inviteMember");
        Assert.Equal(role, payload.GetProperty("member").GetProperty("role").GetString());
        return (payload.GetProperty("member").GetProperty("userId").GetString()!,
            payload.GetProperty("invitationLink").ValueKind == JsonValueKind.Null ? null : payload.GetProperty("invitationLink").GetString());
    }

    /// <summary>Invites a new person and has them accept in a browser of their own.</summary>
    public static async Task<(string UserId, GraphQLClient Client)> AddMemberAsync(this ApiFixture api, GraphQLClient admin,
        string workspaceId, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.test";
        var (userId, link) = await admin.InviteAsync(workspaceId, email, role);
        var member = api.NewClient();
        await member.AcceptAsync(link!);
        return (userId, member);
    }

    /// <summary>Someone with an account and a workspace of their own, who is not a member of the admin's others.</summary>
    public static async Task<GraphQLClient> NewOutsiderAsync(this ApiFixture api, GraphQLClient admin)
    {
        var home = await admin.CreateWorkspaceAsync($"Outsider's home {Guid.NewGuid():N}");
        var (_, outsider) = await api.AddMemberAsync(admin, home, "ADMIN");
        return outsider;
    }

    public static async Task AcceptAsync(this GraphQLClient client, string link)
    {
        var token = Uri.UnescapeDataString(new Uri(link).Query.Split("token=")[1]);
        await client.DataAsync("mutation($t: String!, $p: String!) { acceptInvitation(input: { token: $t, password: $p }) { user { id } } }",
            new { t = token, p = MemberPassword });
    }

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
