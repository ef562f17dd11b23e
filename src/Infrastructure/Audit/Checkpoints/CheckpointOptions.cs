using Deepnote.Application.Audit.Ports;
using Deepnote.Infrastructure.Cloud;

namespace Deepnote.Infrastructure.Audit.Checkpoints;

/// <summary>Who signs checkpoints and where they are kept (README, "Signed audit checkpoints"): a local key unless
/// <c>DEEPNOTE_CHECKPOINT_SIGNER</c> says aws or azure, which reuse the key provider's region, endpoint, vault and
/// credentials with a key of their own.</summary>
public sealed record CheckpointOptions
{
    /// <summary><c>local</c>, <c>aws</c> or <c>azure</c>.</summary>
    public string Signer { get; init; } = "local";

    /// <summary>local: the P-256 key file (created, mode 0600, when absent).</summary>
    public string? KeyFile { get; init; }

    /// <summary>aws: the ECC_NIST_P256 SIGN_VERIFY key (<c>DEEPNOTE_AWS_KMS_SIGNING_KEY_ID</c>).</summary>
    public string? AwsKeyId { get; init; }

    /// <summary>azure: the secret holding the PKCS#8 P-256 key (<c>DEEPNOTE_AZURE_CHECKPOINT_SECRET_NAME</c>).</summary>
    public string? AzureSecretName { get; init; }

    /// <summary>The append-only directory outside PostgreSQL (<c>DEEPNOTE_CHECKPOINT_DIR</c>).</summary>
    public string Directory { get; init; } = Path.Combine(".data", "checkpoints");

    /// <summary>The signer, on the cloud settings the key provider uses too (region and endpoint, vault and credential).</summary>
    public ICheckpointSigner CreateSigner(CloudAccess cloud) => Signer switch
    {
        "local" => LocalCheckpointKey.Load(KeyFile ?? throw new InvalidOperationException("DEEPNOTE_CHECKPOINT_KEY_FILE is not set.")),
        "aws" => AwsKmsCheckpointSigner.Create(AwsKeyId ?? throw new InvalidOperationException(
            "DEEPNOTE_CHECKPOINT_SIGNER=aws needs DEEPNOTE_AWS_KMS_SIGNING_KEY_ID (an ECC_NIST_P256 key for SIGN_VERIFY)."),
            cloud.AwsRegion, cloud.AwsEndpoint),
        "azure" => new AzureSecretCheckpointSigner(Cloud.AzureSecretClients.Create(
                new Uri(cloud.AzureVaultUrl ?? throw new InvalidOperationException(
                    "DEEPNOTE_CHECKPOINT_SIGNER=azure needs DEEPNOTE_AZURE_VAULT_URL.")),
                cloud.AzureCredential, cloud.AzureHandler, cloud.AzureDisableChallengeResourceVerification),
            AzureSecretName ?? throw new InvalidOperationException(
                "DEEPNOTE_CHECKPOINT_SIGNER=azure needs DEEPNOTE_AZURE_CHECKPOINT_SECRET_NAME (a secret holding a PKCS#8 P-256 key).")),
        _ => throw new InvalidOperationException($"DEEPNOTE_CHECKPOINT_SIGNER={Signer} is not a signer (local, aws, azure)."),
    };
}
