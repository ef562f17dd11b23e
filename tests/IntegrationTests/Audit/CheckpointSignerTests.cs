using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Amazon.Runtime;
using Deepnote.Api.Hosting;
using Deepnote.Application.Common;
using Deepnote.Infrastructure.Audit.Checkpoints;
using Deepnote.Infrastructure.Cloud;
using Deepnote.IntegrationTests.Fakes;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;
using Deepnote.IntegrationTests.Vault;

namespace Deepnote.IntegrationTests.Audit;

/// <summary>The host signing checkpoints with AWS KMS (DEEPNOTE_CHECKPOINT_SIGNER=aws), the SDK talking to the loopback
/// KMS's asymmetric key.</summary>
public sealed class AwsSignedCheckpointsFixture : ApiFixture
{
    public FakeAwsKms Kms { get; } = new();

    protected override async Task<DeepnoteSettings> ConfigureAsync(DeepnoteSettings settings)
    {
        await Kms.StartForHostAsync();
        return settings with
        {
            AwsRegion = "eu-west-1",
            AwsKmsEndpoint = Kms.Endpoint.ToString(),
            Checkpoints = new CheckpointOptions
            {
                Signer = "aws", AwsKeyId = FakeAwsKms.SigningKeyArn,
                Directory = Path.Combine(settings.DataDirectory, "signed-by-kms"),
            },
        };
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Kms.DisposeAsync();
    }
}

public sealed class CheckpointSignerTests(AwsSignedCheckpointsFixture api) : IClassFixture<AwsSignedCheckpointsFixture>
{
    private static readonly byte[] Message = Encoding.UTF8.GetBytes("deepnote-audit-checkpoint/v1\nchainId=x\nposition=1");

    [Fact]
    public async Task WithAwsKms_TheChainIsSignedAndVerifiedInKms_AndTheExportCarriesItsPublicKey()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Signed by KMS");

        var checkpoint = (await admin.DataAsync("mutation($w: ID!) { anchorAuditChain(input: { workspaceId: $w }) { checkpoint { keyId signature } } }",
            new { w = workspace })).GetProperty("anchorAuditChain").GetProperty("checkpoint");
        var verification = (await admin.DataAsync("query($w: ID!) { verifyAuditChain(workspaceId: $w) { valid checkpoint { signatureValid } } }",
            new { w = workspace })).GetProperty("verifyAuditChain");
        var header = JsonDocument.Parse((await admin.Http.GetStringAsync($"/audit/export?workspaceId={workspace}")).Split('\n')[0]).RootElement;

        Assert.Equal(FakeAwsKms.SigningKeyArn, checkpoint.GetProperty("keyId").GetString());
        Assert.True(api.Kms.Signatures >= 1);
        Assert.True(verification.GetProperty("valid").GetBoolean());
        Assert.True(verification.GetProperty("checkpoint").GetProperty("signatureValid").GetBoolean());
        Assert.True(File.Exists(Path.Combine(api.Settings.DataDirectory, "signed-by-kms", workspace + ".jsonl")));
        // The public key KMS gives verifies the signature anywhere, as the offline verifier does.
        using var key = ECDsa.Create();
        key.ImportFromPem(header.GetProperty("signingKey").GetProperty("publicKeyPem").GetString());
        Assert.Equal(FakeAwsKms.SigningKeyArn, header.GetProperty("signingKey").GetProperty("keyId").GetString());
        Assert.NotNull(checkpoint.GetProperty("signature").GetString());
    }

    [Fact]
    public async Task TheAwsSigner_RefusesAForgedSignature_AndFailsClosedWhenKmsIsDown()
    {
        await using var kms = new FakeAwsKms();
        await kms.StartAsync();
        var signer = AwsKmsCheckpointSigner.Create(FakeAwsKms.SigningKeyArn, "eu-west-1", kms.Endpoint.ToString(),
            new BasicAWSCredentials("AKIDEXAMPLE", "secret"));

        var signature = await signer.SignAsync(Message, default);
        Assert.True(await signer.VerifyAsync(Message, signature, default));
        Assert.False(await signer.VerifyAsync([.. Message, (byte)'!'], signature, default));
        using var key = ECDsa.Create();
        key.ImportFromPem(await signer.PublicKeyPemAsync(default));
        Assert.True(key.VerifyData(Message, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

        await kms.StopAsync();
        await Assert.ThrowsAsync<DependencyUnavailableException>(() => signer.SignAsync(Message, default));
    }

    [Fact]
    public async Task TheAzureSigner_UsesTheKeyInAKeyVaultSecret_AndFailsClosedWhenTheVaultIsDown()
    {
        await using var vault = new FakeAzureKeyVault();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        vault.SetSecret("audit-checkpoints", key.ExportPkcs8PrivateKeyPem());
        await vault.StartAsync();
        AzureSecretCheckpointSigner Signer() => new(AzureSecretClients.Create(vault.VaultUri,
            new StaticTokenCredential(FakeAzureKeyVault.Token), new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == vault.Certificate.Thumbprint,
            }, disableChallengeResourceVerification: true), "audit-checkpoints");
        var signer = Signer();

        var signature = await signer.SignAsync(Message, default);

        Assert.True(key.VerifyData(Message, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
        Assert.True(await signer.VerifyAsync(Message, signature, default));
        Assert.Equal(key.ExportSubjectPublicKeyInfoPem() + "\n", await signer.PublicKeyPemAsync(default));
        Assert.Equal("azure:audit-checkpoints", signer.KeyId);
        vault.SetSecret("audit-checkpoints", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))); // not a key
        Assert.Contains("PKCS#8 P-256", (await Assert.ThrowsAsync<DependencyUnavailableException>(() => Signer().SignAsync(Message, default))).Message);
        await vault.StopAsync();
        await Assert.ThrowsAsync<DependencyUnavailableException>(() => Signer().SignAsync(Message, default));
    }

    [Fact]
    public void TheLocalKey_IsCreatedOwnerOnly_KeepsItsIdentity_AndAKeyReadableByOthersIsRefused()
    {
        var directory = Directory.CreateTempSubdirectory("checkpoint-key-").FullName;
        var file = Path.Combine(directory, "checkpoint.key");

        var first = LocalCheckpointKey.Load(file);
        var second = LocalCheckpointKey.Load(file);

        Assert.Equal(first.KeyId, second.KeyId);
        Assert.Matches("^local:[0-9a-f]{16}$", first.KeyId);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
            Assert.Contains("readable by others", Assert.Throws<InvalidOperationException>(() => LocalCheckpointKey.Load(file)).Message);
        }

        Directory.Delete(directory, recursive: true);
    }
}
