using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace Deepnote.Infrastructure.Cloud;

/// <summary>The Key Vault Secrets client the vault's key provider and the audit's checkpoint signer share: on
/// <see cref="DefaultAzureCredential"/> (managed identity, workload identity, environment, Azure CLI) unless given
/// another credential and transport, two retries, a 10-second network timeout.</summary>
public static class AzureSecretClients
{
    public static SecretClient Create(Uri vaultUri, TokenCredential? credential = null, HttpMessageHandler? handler = null,
        bool disableChallengeResourceVerification = false)
    {
        var options = new SecretClientOptions
        {
            DisableChallengeResourceVerification = disableChallengeResourceVerification,
            Retry = { MaxRetries = 2, NetworkTimeout = TimeSpan.FromSeconds(10), Delay = TimeSpan.FromMilliseconds(200) },
        };
        if (handler is not null) options.Transport = new HttpClientTransport(handler);
        return new SecretClient(vaultUri, credential ?? new DefaultAzureCredential(), options);
    }
}
