using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.Runtime;
using Deepnote.Application.Audit.Ports;
using Deepnote.Application.Common;

namespace Deepnote.Infrastructure.Audit.Checkpoints;

/// <summary>AWS KMS asymmetric signing: an ECC_NIST_P256 key with usage SIGN_VERIFY; Sign and Verify
/// (ECDSA_SHA_256, RAW message) and GetPublicKey run in KMS, so the private key never leaves it.</summary>
public sealed class AwsKmsCheckpointSigner(IAmazonKeyManagementService kms, string keyId) : ICheckpointSigner
{
    private string? _publicKeyPem;

    public string KeyId => keyId;

    public async Task<byte[]> SignAsync(byte[] message, CancellationToken ct) =>
        (await Call(() => kms.SignAsync(new SignRequest
        {
            KeyId = keyId,
            Message = new MemoryStream(message),
            MessageType = MessageType.RAW,
            SigningAlgorithm = SigningAlgorithmSpec.ECDSA_SHA_256,
        }, ct))).Signature.ToArray();

    public async Task<bool> VerifyAsync(byte[] message, byte[] signature, CancellationToken ct)
    {
        try
        {
            return (await Call(() => kms.VerifyAsync(new VerifyRequest
            {
                KeyId = keyId,
                Message = new MemoryStream(message),
                MessageType = MessageType.RAW,
                Signature = new MemoryStream(signature),
                SigningAlgorithm = SigningAlgorithmSpec.ECDSA_SHA_256,
            }, ct))).SignatureValid == true;
        }
        catch (KMSInvalidSignatureException)
        {
            return false;
        }
    }

    public async Task<string> PublicKeyPemAsync(CancellationToken ct)
    {
        if (_publicKeyPem is not null) return _publicKeyPem;
        var response = await Call(() => kms.GetPublicKeyAsync(new GetPublicKeyRequest { KeyId = keyId }, ct));
        var der = response.PublicKey.ToArray();
        return _publicKeyPem = new string(System.Security.Cryptography.PemEncoding.Write("PUBLIC KEY", der)) + "\n";
    }

    private static async Task<T> Call<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (ex is not KMSInvalidSignatureException
                                   && ex is AmazonServiceException or AmazonClientException or HttpRequestException
                                       or TaskCanceledException)
        {
            throw new DependencyUnavailableException("AWS KMS did not sign or verify the audit checkpoint.", ex);
        }
    }

    public static AwsKmsCheckpointSigner Create(string keyId, string? region, string? endpoint, AWSCredentials? credentials = null) =>
        new(Cloud.AwsKmsClients.Create(region, endpoint, credentials), keyId);
}
