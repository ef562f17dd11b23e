using System.Text.Json;
using Deepnote.Api.Hosting;
using Deepnote.Infrastructure.EventStore;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Deepnote.IntegrationTests.Audit;

/// <summary>Issue 15, item 1: no personal data frozen into event bodies beyond ids. Events name an address by its id
/// in the identity module's directory (or the account that has it); the audit log resolves those ids at read time, and
/// an address erased from the directory is gone from the database while every chain still verifies.</summary>
public sealed class PersonalDataTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string SignIn = "mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } } }";
    private const string Verify = """
        query($w: ID!) { verifyAuditChain(workspaceId: $w) { valid firstBrokenSequence checkpoint { matches signatureValid } } }
        """;

    private const string Events = """
        query($w: ID!, $t: [String!]) {
          auditEvents(workspaceId: $w, filter: { types: $t }, first: 100) {
            edges { node { type data people { id kind email } } }
          }
        }
        """;

    [Fact]
    public async Task NewEvents_NameNoAddress_AndTheAuditLogResolvesTheirIdsNow()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Personal data");
        var carol = Address("carol");
        var dave = Address("dave");
        var stranger = Address("stranger");
        var (_, link) = await admin.InviteAsync(workspace, carol, "VIEWER");
        using var carolsBrowser = api.NewClient();
        var carolId = await carolsBrowser.AcceptAsync(link);
        await admin.InviteAsync(workspace, dave, "EDITOR");
        using var visitor = api.NewClient();
        Assert.Equal("UNAUTHENTICATED", (await visitor.PostAsync(SignIn, new { e = carol, p = "Not-Her-Password-1" })).ErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await visitor.PostAsync(SignIn, new { e = stranger, p = "Not-Anyones-Password-1" })).ErrorCode);
        foreach (var email in new[] { carol, stranger })
        {
            await visitor.DataAsync("mutation($e: String!) { signUp(input: { email: $e }) { email } }", new { e = email });
            await visitor.DataAsync("mutation($e: String!) { requestPasswordReset(input: { email: $e }) { email } }", new { e = email });
        }

        // Nowhere in the log: not in any event's data, nor in the chain's hashed metadata.
        foreach (var email in new[] { carol, dave, stranger })
        {
            Assert.Equal(0L, await api.Database.ScalarAsync<long>(
                "select count(*) from mt_events where data::text like '%' || $1 || '%'", email));
            Assert.Equal(0L, await api.Database.ScalarAsync<long>(
                "select count(*) from event_chain where metadata::text like '%' || $1 || '%'", email));
        }

        // The directory holds the addresses events name (once each); an address nobody invited and no account has is
        // not kept at all.
        Assert.Equal(1L, await api.Database.ScalarAsync<long>("select count(*) from personal_addresses where email = $1", carol));
        Assert.Equal(1L, await api.Database.ScalarAsync<long>("select count(*) from personal_addresses where email = $1", dave));
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from personal_addresses where email = $1", stranger));
        // Carol's failed sign-in and requests name her account.
        Assert.Equal(3L, await api.Database.ScalarAsync<long>("""
            select count(*) from events where event_type in ('SignInFailed', 'SignUpRequested', 'PasswordResetRequested')
              and data ->> 'userId' = $1
            """, carolId));

        var issued = await NodesAsync(admin, workspace, "InvitationIssued");
        Assert.Equal(2, issued.Count);
        Assert.All(issued, e => Assert.Equal(JsonValueKind.Null, e.GetProperty("data").GetProperty("email").ValueKind));
        var invitees = issued.Select(e => Person(e, e.GetProperty("data").GetProperty("addressId").GetString()!)).ToList();
        Assert.All(invitees, p => Assert.Equal("address", p.GetProperty("kind").GetString()));
        Assert.Equal([dave, carol], invitees.Select(p => p.GetProperty("email").GetString()));
        Assert.All(issued, e => Assert.Equal(ApiFixture.AdminEmail,
            Person(e, e.GetProperty("data").GetProperty("invitedBy").GetString()!).GetProperty("email").GetString()));
        var joined = Assert.Single(await NodesAsync(admin, workspace, "MemberInvited"));
        Assert.Equal("user", Person(joined, carolId).GetProperty("kind").GetString());
        Assert.Equal(carol, Person(joined, carolId).GetProperty("email").GetString());
        Assert.True((await admin.DataAsync(Verify, new { w = workspace })).GetProperty("verifyAuditChain").GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task AnInviteeWhoNeverJoined_IsErased_FromTheWholeDatabase_AndTheChainStillVerifiesAgainstItsCheckpoint()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Erasure");
        var frank = Address("frank");
        var (_, link) = await admin.InviteAsync(workspace, frank, "VIEWER");
        var other = await admin.CreateWorkspaceAsync("Erasure elsewhere");
        await admin.InviteAsync(other, frank, "EDITOR");
        await admin.DataAsync("mutation($w: ID!) { anchorAuditChain(input: { workspaceId: $w }) { checkpoint { position } } }",
            new { w = workspace });
        var addressId = (await NodesAsync(admin, workspace, "InvitationIssued"))[0].GetProperty("data").GetProperty("addressId").GetString();

        var output = new StringWriter();
        Assert.Equal(0, await AddressErasure.RunAsync(api.App, frank, output, default));

        Assert.Contains($"Erased address {addressId}", output.ToString());
        Assert.Equal(0L, await OccurrencesAsync(frank)); // not in any table, in any column
        var verified = (await admin.DataAsync(Verify, new { w = workspace })).GetProperty("verifyAuditChain");
        Assert.True(verified.GetProperty("valid").GetBoolean(), verified.GetRawText());
        Assert.True(verified.GetProperty("checkpoint").GetProperty("matches").GetBoolean());
        Assert.True(verified.GetProperty("checkpoint").GetProperty("signatureValid").GetBoolean());
        var issued = (await NodesAsync(admin, workspace, "InvitationIssued"))[0];
        Assert.DoesNotContain(issued.GetProperty("people").EnumerateArray(), p => p.GetProperty("id").GetString() == addressId);
        Assert.Equal(1L, await api.Database.ScalarAsync<long>(
            "select count(*) from events where event_type = 'AddressErased' and data ->> 'addressId' = $1", addressId!));
        // The invitations still list, without the address; the mailed link no longer opens anything.
        var pending = (await admin.DataAsync("query($w: ID!) { workspace(id: $w) { invitations { email } } }", new { w = workspace }))
            .GetProperty("workspace").GetProperty("invitations").EnumerateArray().Select(i => i.GetProperty("email").GetString());
        Assert.Equal(["(address erased)"], pending);
        var token = Uri.UnescapeDataString(new Uri(link).Query.Split("token=")[1]);
        Assert.Equal("NOT_FOUND", (await api.NewClient().PostAsync(
            "mutation($t: String!, $p: String!) { acceptInvitation(input: { token: $t, password: $p }) { user { id } } }",
            new { t = token, p = Workflows.MemberPassword })).ErrorCode);
        // Replaying the log gives the same invitations read model the erasure left.
        var report = await api.App.Services.GetRequiredService<ProjectionRebuilder>().RebuildAsync(default);
        Assert.Equal(0L, report.Tables.Single(t => t.Table == "invitations").Rows);
        Assert.Equal(0L, report.Tables.Single(t => t.Table == "users").Rows);

        var again = new StringWriter();
        Assert.Equal(1, await AddressErasure.RunAsync(api.App, frank, again, default));
        Assert.Contains("No event names this address", again.ToString());
    }

    [Fact]
    public async Task AnAccountsAddress_IsNotErasedOnItsOwn_AndABadAddressIsRefused()
    {
        using var admin = await api.SignedInAdminAsync();

        var output = new StringWriter();
        Assert.Equal(1, await AddressErasure.RunAsync(api.App, ApiFixture.AdminEmail, output, default));
        Assert.Contains("belongs to an account", output.ToString());
        Assert.NotEqual(JsonValueKind.Null, (await admin.DataAsync("{ me { id } }")).GetProperty("me").ValueKind);
        var bad = new StringWriter();
        Assert.Equal(1, await AddressErasure.RunAsync(api.App, "not an address", bad, default));
        Assert.StartsWith("Not erased:", bad.ToString());
    }

    private static string Address(string who) => $"{who}-{Guid.NewGuid():N}@example.test";

    private static async Task<List<JsonElement>> NodesAsync(GraphQLClient client, string workspace, string type) =>
        (await client.DataAsync(Events, new { w = workspace, t = new[] { type } })).GetProperty("auditEvents")
            .GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();

    private static JsonElement Person(JsonElement node, string id) =>
        node.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("id").GetString() == id);

    /// <summary>How many values of any text or JSON column of any table outside PostgreSQL's own schemas contain
    /// <paramref name="text"/>.</summary>
    private async Task<long> OccurrencesAsync(string text)
    {
        var columns = await api.Database.ListAsync<string>("""
            select format('select count(*) from %I.%I where %I::text like $1', c.table_schema, c.table_name, c.column_name)
            from information_schema.columns c join information_schema.tables t
              on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
            where c.table_schema not in ('pg_catalog', 'information_schema', 'rebuilt')
              and c.data_type in ('text', 'character varying', 'jsonb', 'json')
            """);
        long total = 0;
        foreach (var count in columns) total += await api.Database.ScalarAsync<long>(count, $"%{text}%");
        return total;
    }
}
