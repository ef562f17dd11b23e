using Deepnote.IntegrationTests.Fakes;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Vault;

/// <summary>A hostile server a tenant points a connection at gets no password and no echo of one.</summary>
public sealed class HostileServerTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task AServerAskingForTheCleartextPassword_GetsNothing_AndTheAnswerIsAFixedSentence()
    {
        await using var server = CleartextAskingServer.Start();
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Hostile server");
        const string secret = "Stored-Password-Canary-7731";
        var connection = (await admin.DataAsync("""
            mutation($w: ID!, $port: Int!, $p: String!) { createConnection(input: { workspaceId: $w, name: "Hostile", engine: POSTGRES,
              host: "127.0.0.1", port: $port, database: "x", username: "reporter", password: $p, sslMode: PREFER }) { connection { id } } }
            """, new { w = workspace, port = server.Port, p = secret })).GetProperty("createConnection").GetProperty("connection")
            .GetProperty("id").GetString()!;

        var test = await admin.DataAsync("mutation($c: ID!) { testConnection(input: { connectionId: $c }) { success message } }",
            new { c = connection });

        var result = test.GetProperty("testConnection");
        Assert.False(result.GetProperty("success").GetBoolean());
        Assert.True(server.Connections >= 1); // it did reach the server
        Assert.Empty(server.PasswordsReceived);
        Assert.Equal("The server asked for an authentication method that would expose the password; refused.",
            result.GetProperty("message").GetString());
        Assert.DoesNotContain(secret, test.GetRawText());
    }

    /// <summary>By default a connection needs verified TLS and SCRAM: the same server gets no login at all, and the
    /// connection shows its (default) protection; an ADMIN who lowers it does so visibly.</summary>
    [Fact]
    public async Task ByDefault_AConnectionRequiresVerifiedTls_AndScramOnly_AndShowsIt()
    {
        await using var server = CleartextAskingServer.Start();
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Default protection");
        var created = (await admin.DataAsync("""
            mutation($w: ID!, $port: Int!) { createConnection(input: { workspaceId: $w, name: "Default", engine: POSTGRES,
              host: "127.0.0.1", port: $port, database: "x", username: "reporter", password: "Canary-Default-1" }) { connection { id sslMode allowMd5 } } }
            """, new { w = workspace, port = server.Port })).GetProperty("createConnection").GetProperty("connection");
        var lowered = (await admin.DataAsync("""
            mutation($w: ID!, $port: Int!) { createConnection(input: { workspaceId: $w, name: "Lowered", engine: POSTGRES,
              host: "127.0.0.1", port: $port, database: "x", username: "reporter", password: "Canary-Lowered-2", sslMode: DISABLE, allowMd5: true }) { connection { id sslMode allowMd5 } } }
            """, new { w = workspace, port = server.Port })).GetProperty("createConnection").GetProperty("connection");

        var test = (await admin.DataAsync("mutation($c: ID!) { testConnection(input: { connectionId: $c }) { success message } }",
            new { c = created.GetProperty("id").GetString() })).GetProperty("testConnection");

        Assert.Equal("VERIFY_FULL", created.GetProperty("sslMode").GetString());
        Assert.False(created.GetProperty("allowMd5").GetBoolean());
        Assert.Equal("DISABLE", lowered.GetProperty("sslMode").GetString());
        Assert.True(lowered.GetProperty("allowMd5").GetBoolean());
        Assert.False(test.GetProperty("success").GetBoolean());
        Assert.StartsWith("TLS required", test.GetProperty("message").GetString());
        Assert.Empty(server.PasswordsReceived);
    }
}
