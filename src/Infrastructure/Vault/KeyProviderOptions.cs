using Deepnote.Application.Vault.Ports;
using Deepnote.Infrastructure.Vault.Kms;

namespace Deepnote.Infrastructure.Vault;

/// <summary>Which key provider the vault uses (DEEPNOTE_KMS) and its settings.</summary>
public sealed record KeyProviderOptions
{
    public string Provider { get; init; } = "local";

    public string? MasterKeyFile { get; init; }

    public string? AwsKeyId { get; init; }

    public string? AwsRegion { get; init; }

    /// <summary>A KMS endpoint other than AWS's (a VPC endpoint, or a loopback server in tests).</summary>
    public string? AwsEndpoint { get; init; }

    public string? AzureVaultUrl { get; init; }

    public string? AzureSecretName { get; init; }

    public IKeyManagementProvider Create() => Provider switch
    {
        "local" => new LocalKeyProvider(MasterKeyFile ?? throw new InvalidOperationException("DEEPNOTE_MASTER_KEY_FILE is not set.")),
        "aws" => AwsKmsKeyProvider.Create(AwsKeyId ?? throw new InvalidOperationException(
            "DEEPNOTE_KMS=aws needs DEEPNOTE_AWS_KMS_KEY_ID (a key id, ARN or alias)."), AwsRegion, AwsEndpoint),
        "azure" => AzureKeyVaultKeyProvider.Create(
            new Uri(AzureVaultUrl ?? throw new InvalidOperationException("DEEPNOTE_KMS=azure needs DEEPNOTE_AZURE_VAULT_URL.")),
            AzureSecretName ?? throw new InvalidOperationException(
                "DEEPNOTE_KMS=azure needs DEEPNOTE_AZURE_SECRET_NAME (the Key Vault secret holding the key-encryption key).")),
        _ => throw new InvalidOperationException($"DEEPNOTE_KMS={Provider} is not a key provider (local, aws, azure)."),
    };
}
