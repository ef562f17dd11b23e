using System.Security.Cryptography;
using Azure.Core;
using Deepnote.Application.Vault.Ports;
using Deepnote.Infrastructure.Vault.Crypto;
using Deepnote.Infrastructure.Vault.Kms;
using Deepnote.IntegrationTests.Fakes;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Vault;

/// <summary>The real Azure.Security.KeyVault.Secrets client against the loopback vault: TLS with the test
/// certificate (and only that one), the bearer challenge, secret versions, and an outage.</summary>
public sealed class AzureKeyVaultTests : IAsyncLifetime
{
    private readonly FakeAzureKeyVault _vault = new();

    public async Task InitializeAsync()
    {
        _vault.SetSecret("deepnote-kek");
        await _vault.StartAsync();
    }

    private AzureKeyVaultKeyProvider Provider(string token = FakeAzureKeyVault.Token) =>
        AzureKeyVaultKeyProvider.Create(_vault.VaultUri, "deepnote-kek", new StaticTokenCredential(token), new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
                certificate?.Thumbprint == _vault.Certificate.Thumbprint,
        }, disableChallengeResourceVerification: true);

    [Fact]
    public async Task DataKeys_WrapUnderTheVaultSecret_AfterTheBearerChallenge_AndOldVersionsStillOpenAfterRotation()
    {
        var provider = Provider();
        var context = WorkspaceKeyMaterial.Context(Guid.NewGuid(), 1);

        var before = await provider.GenerateDataKeyAsync("deepnote-kek", context, default);
        _vault.SetSecret("deepnote-kek"); // rotated in Key Vault: a new version becomes current
        var after = await provider.GenerateDataKeyAsync("deepnote-kek", context, default);
        var fresh = Provider(); // a new process: nothing cached

        Assert.True(_vault.Challenges >= 1, "the SDK must have met the bearer challenge");
        Assert.Equal(before.Plaintext, await fresh.DecryptDataKeyAsync("deepnote-kek", before.WrappedKey, context, default));
        Assert.Equal(after.Plaintext, await fresh.DecryptDataKeyAsync("deepnote-kek", after.WrappedKey, context, default));
        Assert.NotEqual(before.WrappedKey[2..34], after.WrappedKey[2..34]); // names another secret version
        await Assert.ThrowsAnyAsync<CryptographicException>(() =>
            fresh.DecryptDataKeyAsync("deepnote-kek", before.WrappedKey, WorkspaceKeyMaterial.Context(Guid.NewGuid(), 1), default));
    }

    [Fact]
    public async Task AWrongTokenAnUnknownSecretAndAnOutage_AllFailClosed()
    {
        var context = WorkspaceKeyMaterial.Context(Guid.NewGuid(), 1);

        await Assert.ThrowsAsync<KeyProviderUnavailableException>(() => Provider("wrong-token").GenerateDataKeyAsync("deepnote-kek", context, default));
        await Assert.ThrowsAsync<KeyProviderUnavailableException>(() => Provider().GenerateDataKeyAsync("no-such-secret", context, default));
        await _vault.StopAsync();
        await Assert.ThrowsAsync<KeyProviderUnavailableException>(() => Provider().GenerateDataKeyAsync("deepnote-kek", context, default));
    }

    [Fact]
    public async Task AServerWithAnotherCertificate_IsNotTrusted()
    {
        var provider = AzureKeyVaultKeyProvider.Create(_vault.VaultUri, "deepnote-kek", new StaticTokenCredential(FakeAzureKeyVault.Token),
            new HttpClientHandler(), disableChallengeResourceVerification: true);

        await Assert.ThrowsAsync<KeyProviderUnavailableException>(() =>
            provider.GenerateDataKeyAsync("deepnote-kek", WorkspaceKeyMaterial.Context(Guid.NewGuid(), 1), default));
        Assert.Equal(0, _vault.Reads);
    }

    public async Task DisposeAsync() => await _vault.DisposeAsync();
}

/// <summary>The host with the Azure provider, its SDK client talking to the loopback vault.</summary>
public sealed class AzureKeyVaultApiFixture : ApiFixture
{
    public FakeAzureKeyVault Vault { get; } = new();

    protected override async Task<Deepnote.Api.Hosting.DeepnoteSettings> ConfigureAsync(Deepnote.Api.Hosting.DeepnoteSettings settings)
    {
        Vault.SetSecret("workspace-kek");
        await Vault.StartAsync();
        return settings with
        {
            KeyProviderOverride = new Deepnote.Infrastructure.Vault.KeyProviderOptions
            {
                Provider = "azure",
                AzureVaultUrl = Vault.VaultUri.ToString(),
                AzureSecretName = "workspace-kek",
                AzureCredential = new StaticTokenCredential(FakeAzureKeyVault.Token),
                AzureHandler = new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == Vault.Certificate.Thumbprint,
                },
                AzureDisableChallengeResourceVerification = true,
            },
        };
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Vault.DisposeAsync();
    }
}

public sealed class StaticTokenCredential(string token) : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(token, DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}

public sealed class AzureKeyVaultHostTests(AzureKeyVaultApiFixture api) : IClassFixture<AzureKeyVaultApiFixture>
{
    [Fact]
    public async Task Host_WithAzureKeyVault_SealsTestsAndRotates_AndFailsClosedWhenTheVaultIsDown()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await GraphQL.Workflows.CreateWorkspaceAsync(admin, "On Azure");
        const string create = """mutation($w: ID!) { createConnection(input: { workspaceId: $w, name: "Duck", engine: DUCKDB, database: ":memory:", password: "Azure-Sealed-Password-1" }) { connection { id } } }""";

        var id = (await admin.DataAsync(create, new { w = workspace })).GetProperty("createConnection").GetProperty("connection").GetProperty("id").GetString();
        var test = await admin.DataAsync("mutation($c: ID!) { testConnection(input: { connectionId: $c }) { success } }", new { c = id });
        var key = await admin.DataAsync("query($w: ID!) { workspace(id: $w) { key { provider keyId } } }", new { w = workspace });

        Assert.True(test.GetProperty("testConnection").GetProperty("success").GetBoolean());
        Assert.Equal("azure", key.GetProperty("workspace").GetProperty("key").GetProperty("provider").GetString());
        Assert.Equal("workspace-kek", key.GetProperty("workspace").GetProperty("key").GetProperty("keyId").GetString());
        Assert.True(api.Vault.Challenges >= 1);

        await api.Vault.StopAsync();
        var other = await GraphQL.Workflows.CreateWorkspaceAsync(admin, "Vault down");
        var refused = await admin.PostAsync(create, new { w = other });

        Assert.Equal("UNAVAILABLE", refused.ErrorCode);
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from connections where workspace_id = $1", Guid.Parse(other)));
    }
}
