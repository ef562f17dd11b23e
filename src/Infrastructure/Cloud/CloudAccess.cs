namespace Deepnote.Infrastructure.Cloud;

/// <summary>How this deployment reaches AWS KMS and Azure Key Vault, shared by the vault's key provider and the audit's
/// checkpoint signer (each names its own key).</summary>
public sealed record CloudAccess(string? AwsRegion, string? AwsEndpoint, string? AzureVaultUrl,
    Azure.Core.TokenCredential? AzureCredential, HttpMessageHandler? AzureHandler, bool AzureDisableChallengeResourceVerification);
