using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;
using static Deepnote.IntegrationTests.Execution.ExecutionWorld;

namespace Deepnote.IntegrationTests.Execution;

/// <summary>Issue 13, item 5: a superseded password is destroyed when it is replaced, so an operator editing the
/// database cannot make it current again.</summary>
public sealed class SupersededSecretTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task NewCredentials_DestroyTheOldSecret_AndPointingBackAtItOpensNothing()
    {
        await using var world = await CreateAsync(api, "Old secrets gone");
        Task<Guid> CurrentSecretAsync() => api.Database.ScalarAsync<Guid>(
            "select secret_id from connections where connection_id = $1", Guid.Parse(world.Connection));
        Task<long> SecretRowsAsync(Guid secret) => api.Database.ScalarAsync<long>(
            "select count(*) from vault_secrets where secret_id = $1", secret);
        var old = await CurrentSecretAsync();
        var oldExisted = await SecretRowsAsync(old);

        await world.Admin.DataAsync("mutation($c: ID!, $p: String!) { updateConnectionCredentials(input: { connectionId: $c, password: $p }) { connection { id } } }",
            new { c = world.Connection, p = await CustomerServer.PasswordAsync() });
        var current = await CurrentSecretAsync();
        var works = Result(await world.AdHocAsync(world.Editor, "select 1"));
        var updated = (await world.Admin.AuditEventsAsync(world.Workspace, new { types = new[] { "ConnectionCredentialsUpdated" } })).Single();

        // The operator points the connection back at the superseded secret.
        await api.Database.ExecuteAsync($"update connections set secret_id = '{old}' where connection_id = '{Guid.Parse(world.Connection)}'");
        var replay = await world.AdHocAsync(world.Editor, "select 'old password worked' as x");

        Assert.Equal(1L, oldExisted);
        Assert.NotEqual(old, current);
        Assert.Equal(0L, await SecretRowsAsync(old));
        Assert.Equal(1L, await SecretRowsAsync(current));
        Assert.True(works.GetProperty("status").GetString() == "SUCCEEDED", works.GetRawText());
        Assert.Equal(old.ToString(), updated.GetProperty("data").GetProperty("destroyedSecretId").GetString());
        Assert.DoesNotContain("old password worked", replay.Body);
        Assert.True(replay.Errors is not null || replay.Data.GetProperty("executeQuery").GetProperty("execution").GetProperty("status").GetString() == "FAILED",
            replay.Body);
    }
}
