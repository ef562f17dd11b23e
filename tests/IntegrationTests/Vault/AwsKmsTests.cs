using Amazon.Runtime;
using Deepnote.Api.Hosting;
using Deepnote.Application.Vault.Ports;
using Deepnote.Infrastructure.Vault.Crypto;
using Deepnote.Infrastructure.Vault.Kms;
using Deepnote.IntegrationTests.Fakes;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Vault;

/// <summary>The host with DEEPNOTE_KMS=aws, its AWS SDK client talking to the loopback KMS.</summary>
public sealed class AwsKmsApiFixture : ApiFixture
{
    public FakeAwsKms Kms { get; } = new();

    protected override async Task<DeepnoteSettings> ConfigureAsync(DeepnoteSettings settings)
    {
        await Kms.StartForHostAsync();
        return settings with
        {
            KeyProvider = "aws",
            AwsKmsKeyId = FakeAwsKms.KeyArn,
            AwsRegion = "eu-west-1",
            AwsKmsEndpoint = Kms.Endpoint.ToString(),
        };
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Kms.DisposeAsync();
    }
}

public sealed class AwsKmsTests(AwsKmsApiFixture api) : IClassFixture<AwsKmsApiFixture>
{
    [Fact]
    public async Task Provider_GeneratesAndDecryptsThroughTheRealSdk_AndAWrongContextFailsClosed()
    {
        await using var kms = new FakeAwsKms();
        await kms.StartAsync();
        var provider = AwsKmsKeyProvider.Create(FakeAwsKms.KeyArn, "eu-west-1", kms.Endpoint.ToString(),
            new BasicAWSCredentials("AKIDEXAMPLE", "secret"));
        var workspace = Guid.NewGuid();

        var key = await provider.GenerateDataKeyAsync(FakeAwsKms.KeyArn, WorkspaceKeyMaterial.Context(workspace, 1), default);
        var decrypted = await provider.DecryptDataKeyAsync(FakeAwsKms.KeyArn, key.WrappedKey, WorkspaceKeyMaterial.Context(workspace, 1), default);

        Assert.Equal(32, key.Plaintext.Length);
        Assert.Equal(key.Plaintext, decrypted);
        await Assert.ThrowsAsync<KeyProviderUnavailableException>(() =>
            provider.DecryptDataKeyAsync(FakeAwsKms.KeyArn, key.WrappedKey, WorkspaceKeyMaterial.Context(Guid.NewGuid(), 1), default));
        Assert.Equal(3, kms.Calls);

        await kms.StopAsync();
        await Assert.ThrowsAsync<KeyProviderUnavailableException>(() =>
            provider.GenerateDataKeyAsync(FakeAwsKms.KeyArn, WorkspaceKeyMaterial.Context(workspace, 2), default));
    }

    [Fact]
    public async Task Host_WithAwsKms_SealsAndTestsConnections_AndFailsClosedWithUnavailableWhenKmsIsDown()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("On AWS");
        const string create = """mutation($w: ID!) { createConnection(input: { workspaceId: $w, name: "Duck", engine: DUCKDB, database: ":memory:", password: "Aws-Sealed-Password-1" }) { connection { id hasPassword } } }""";

        var created = await admin.DataAsync(create, new { w = workspace });
        var id = created.GetProperty("createConnection").GetProperty("connection").GetProperty("id").GetString();
        var test = await admin.DataAsync("mutation($c: ID!) { testConnection(input: { connectionId: $c }) { success } }", new { c = id });
        var key = await admin.DataAsync("query($w: ID!) { workspace(id: $w) { key { provider keyId version } } }", new { w = workspace });
        Assert.True(test.GetProperty("testConnection").GetProperty("success").GetBoolean());
        Assert.Equal("aws", key.GetProperty("workspace").GetProperty("key").GetProperty("provider").GetString());
        Assert.Equal(FakeAwsKms.KeyArn, key.GetProperty("workspace").GetProperty("key").GetProperty("keyId").GetString());
        var callsAfterFirstUse = api.Kms.Calls;
        for (var i = 0; i < 5; i++)
        {
            await admin.DataAsync("mutation($c: ID!) { testConnection(input: { connectionId: $c }) { success } }", new { c = id });
            await admin.DataAsync(create, new { w = workspace });
        }

        // GenerateDataKey once for the workspace key, Decrypt once: then the bounded cache answers (5 minutes).
        Assert.Equal(2, callsAfterFirstUse);
        Assert.Equal(callsAfterFirstUse, api.Kms.Calls);

        await api.Kms.StopAsync();
        var other = await admin.CreateWorkspaceAsync("KMS down");
        var refused = await admin.PostAsync(create, new { w = other });

        Assert.Equal("UNAVAILABLE", refused.ErrorCode);
        var failure = Assert.Single(await admin.AuditEventsAsync(other, new { types = new[] { "KeyProviderUnavailable" } }));
        Assert.Equal("aws", failure.GetProperty("data").GetProperty("provider").GetString());
        Assert.Equal("CreateConnectionCommand", failure.GetProperty("data").GetProperty("operation").GetString());
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from connections where workspace_id = $1", Guid.Parse(other)));
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from vault_secrets where workspace_id = $1", Guid.Parse(other)));
    }
}
