using System.Security.Cryptography;
using Azure.Core;
using Deepnote.Application.Vault.Ports;
using Deepnote.Infrastructure.Vault.Crypto;
using Deepnote.Infrastructure.Vault.Kms;
using Deepnote.IntegrationTests.Fakes;

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
        AzureKeyVaultKeyProvider.Create(_vault.VaultUri, "deepnote-kek", new StaticToken(token), new HttpClientHandler
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
        var provider = AzureKeyVaultKeyProvider.Create(_vault.VaultUri, "deepnote-kek", new StaticToken(FakeAzureKeyVault.Token),
            new HttpClientHandler(), disableChallengeResourceVerification: true);

        await Assert.ThrowsAsync<KeyProviderUnavailableException>(() =>
            provider.GenerateDataKeyAsync("deepnote-kek", WorkspaceKeyMaterial.Context(Guid.NewGuid(), 1), default));
        Assert.Equal(0, _vault.Reads);
    }

    public async Task DisposeAsync() => await _vault.DisposeAsync();

    private sealed class StaticToken(string token) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(token, DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
