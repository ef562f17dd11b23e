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

    /// <summary>Azure: a credential other than <c>DefaultAzureCredential</c> (embedding hosts, tests).</summary>
    public Azure.Core.TokenCredential? AzureCredential { get; init; }

    /// <summary>Azure: the HTTP handler (a private CA, a proxy; the loopback vault's certificate in tests).</summary>
    public HttpMessageHandler? AzureHandler { get; init; }

    /// <summary>Azure: accept a challenge whose resource is not the vault's domain (only a loopback vault needs this).</summary>
    public bool AzureDisableChallengeResourceVerification { get; init; }

    public IKeyManagementProvider Create() => Provider switch
    {
        "local" => new LocalKeyProvider(MasterKeyFile ?? throw new InvalidOperationException("DEEPNOTE_MASTER_KEY_FILE is not set.")),
        "aws" => AwsKmsKeyProvider.Create(AwsKeyId ?? throw new InvalidOperationException(
            "DEEPNOTE_KMS=aws needs DEEPNOTE_AWS_KMS_KEY_ID (a key id, ARN or alias)."), AwsRegion, AwsEndpoint),
        "azure" => AzureKeyVaultKeyProvider.Create(
            new Uri(AzureVaultUrl ?? throw new InvalidOperationException("DEEPNOTE_KMS=azure needs DEEPNOTE_AZURE_VAULT_URL.")),
            AzureSecretName ?? throw new InvalidOperationException(
                "DEEPNOTE_KMS=azure needs DEEPNOTE_AZURE_SECRET_NAME (the Key Vault secret holding the key-encryption key)."),
            AzureCredential, AzureHandler, AzureDisableChallengeResourceVerification),
        _ => throw new InvalidOperationException($"DEEPNOTE_KMS={Provider} is not a key provider (local, aws, azure)."),
    };
}
