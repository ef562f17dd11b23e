using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.Runtime;
using Deepnote.Application.Vault.Ports;

namespace Deepnote.Infrastructure.Vault.Kms;

/// <summary>AWS KMS: GenerateDataKey (AES_256) and Decrypt with the encryption context, through the AWS SDK and
/// its standard credential chain. Any service or network error fails closed.</summary>
public sealed class AwsKmsKeyProvider(IAmazonKeyManagementService kms, string defaultKeyId) : IKeyManagementProvider
{
    public string Name => "aws";

    public string DefaultKeyId => defaultKeyId;

    public async Task<GeneratedDataKey> GenerateDataKeyAsync(string keyId, IReadOnlyDictionary<string, string> context,
        CancellationToken ct)
    {
        var response = await Call(() => kms.GenerateDataKeyAsync(new GenerateDataKeyRequest
        {
            KeyId = keyId,
            KeySpec = DataKeySpec.AES_256,
            EncryptionContext = new Dictionary<string, string>(context),
        }, ct));
        return new GeneratedDataKey(response.Plaintext.ToArray(), response.CiphertextBlob.ToArray());
    }

    public async Task<byte[]> DecryptDataKeyAsync(string keyId, byte[] wrappedKey,
        IReadOnlyDictionary<string, string> context, CancellationToken ct)
    {
        var response = await Call(() => kms.DecryptAsync(new DecryptRequest
        {
            KeyId = keyId,
            CiphertextBlob = new MemoryStream(wrappedKey),
            EncryptionContext = new Dictionary<string, string>(context),
        }, ct));
        return response.Plaintext.ToArray();
    }

    private async Task<T> Call<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (ex is AmazonServiceException or AmazonClientException or HttpRequestException
                                       or TaskCanceledException)
        {
            throw new KeyProviderUnavailableException(Name, ex);
        }
    }

    /// <summary>A client on the standard AWS credential chain, or on <paramref name="credentials"/> when given.</summary>
    public static AwsKmsKeyProvider Create(string keyId, string? region, string? endpoint, AWSCredentials? credentials = null) =>
        new(Cloud.AwsKmsClients.Create(region, endpoint, credentials), keyId);
}
