using Deepnote.Application.Audit.Ports;

namespace Deepnote.Infrastructure.Audit.Checkpoints;

/// <summary>Who signs checkpoints and where they are kept (README, "Signed audit checkpoints"). The signer follows
/// the key provider unless <c>DEEPNOTE_CHECKPOINT_SIGNER</c> says otherwise; AWS and Azure reuse the key
/// provider's region, endpoint, vault and credentials.</summary>
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

    public ICheckpointSigner CreateSigner(Vault.KeyProviderOptions provider) => Signer switch
    {
        "local" => LocalCheckpointKey.Load(KeyFile ?? throw new InvalidOperationException("DEEPNOTE_CHECKPOINT_KEY_FILE is not set.")),
        "aws" => AwsKmsCheckpointSigner.Create(AwsKeyId ?? throw new InvalidOperationException(
            "DEEPNOTE_CHECKPOINT_SIGNER=aws needs DEEPNOTE_AWS_KMS_SIGNING_KEY_ID (an ECC_NIST_P256 key for SIGN_VERIFY)."),
            provider.AwsRegion, provider.AwsEndpoint),
        "azure" => new AzureSecretCheckpointSigner(Cloud.AzureSecretClients.Create(
                new Uri(provider.AzureVaultUrl ?? throw new InvalidOperationException(
                    "DEEPNOTE_CHECKPOINT_SIGNER=azure needs DEEPNOTE_AZURE_VAULT_URL.")),
                provider.AzureCredential, provider.AzureHandler, provider.AzureDisableChallengeResourceVerification),
            AzureSecretName ?? throw new InvalidOperationException(
                "DEEPNOTE_CHECKPOINT_SIGNER=azure needs DEEPNOTE_AZURE_CHECKPOINT_SECRET_NAME (a secret holding a PKCS#8 P-256 key).")),
        _ => throw new InvalidOperationException($"DEEPNOTE_CHECKPOINT_SIGNER={Signer} is not a signer (local, aws, azure)."),
    };
}
