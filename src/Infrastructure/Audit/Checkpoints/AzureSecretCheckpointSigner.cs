using Azure;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Deepnote.Application.Audit.Ports;
using Deepnote.Application.Common;

namespace Deepnote.Infrastructure.Audit.Checkpoints;

/// <summary>Azure: the P-256 private key (PKCS#8, PEM or base64 DER) is a Key Vault secret, fetched once with
/// Azure.Security.KeyVault.Secrets and used in memory. Key Vault Keys, which would sign inside the vault, is not
/// served here (docs/decisions/016-signed-audit-checkpoints.md).</summary>
public sealed class AzureSecretCheckpointSigner(SecretClient client, string secretName) : ICheckpointSigner
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private EcdsaCheckpointSigner? _key;

    public string KeyId => "azure:" + secretName;

    public async Task<byte[]> SignAsync(byte[] message, CancellationToken ct) => await (await KeyAsync(ct)).SignAsync(message, ct);

    public async Task<bool> VerifyAsync(byte[] message, byte[] signature, CancellationToken ct) =>
        await (await KeyAsync(ct)).VerifyAsync(message, signature, ct);

    public async Task<string> PublicKeyPemAsync(CancellationToken ct) => await (await KeyAsync(ct)).PublicKeyPemAsync(ct);

    private async Task<EcdsaCheckpointSigner> KeyAsync(CancellationToken ct)
    {
        if (_key is not null) return _key;
        await _loading.WaitAsync(ct);
        try
        {
            if (_key is not null) return _key;
            KeyVaultSecret secret;
            try
            {
                secret = (await client.GetSecretAsync(secretName, cancellationToken: ct)).Value;
            }
            catch (Exception ex) when (ex is RequestFailedException or AuthenticationFailedException
                                           or HttpRequestException or TaskCanceledException or AggregateException)
            {
                throw new DependencyUnavailableException("Azure Key Vault did not give the audit checkpoint key.", ex);
            }

            try
            {
                return _key = new EcdsaCheckpointSigner(EcdsaCheckpointSigner.Import(secret.Value), "azure");
            }
            catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or FormatException
                                           or ArgumentException or InvalidOperationException)
            {
                throw new DependencyUnavailableException(
                    $"The Key Vault secret '{secretName}' does not hold a PKCS#8 P-256 private key; nothing was signed.", ex);
            }
        }
        finally
        {
            _loading.Release();
        }
    }
}
