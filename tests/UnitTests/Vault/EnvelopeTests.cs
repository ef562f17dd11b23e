using System.Security.Cryptography;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Keys;
using Deepnote.Infrastructure.Vault.Crypto;
using Deepnote.Infrastructure.Vault.Kms;

namespace Deepnote.UnitTests.Vault;

public sealed class EnvelopeTests
{
    private static readonly Guid Workspace = Guid.NewGuid();
    private static readonly byte[] Secret = "s3cr3t-password"u8.ToArray();
    private readonly byte[] _workspaceKey = RandomNumberGenerator.GetBytes(32);

    private static byte[] Context(Guid record, Guid? workspace = null) =>
        Envelope.Context(workspace ?? Workspace, "connection-password", record);

    [Fact]
    public void SealThenOpen_RoundTrips_AndTheCiphertextIsNotThePlaintext()
    {
        var record = Guid.NewGuid();

        var envelope = Envelope.Seal(Secret, _workspaceKey, 1, Context(record));

        Assert.Equal(Secret, envelope.Open(_workspaceKey, Context(record)));
        Assert.NotEqual(Secret, envelope.Ciphertext);
        Assert.NotEqual(envelope.WrappedDataKey, Envelope.Seal(Secret, _workspaceKey, 1, Context(record)).WrappedDataKey);
    }

    [Fact]
    public void Open_MovedToAnotherRecordOrWorkspace_Fails()
    {
        var envelope = Envelope.Seal(Secret, _workspaceKey, 1, Context(Guid.NewGuid()));

        Assert.ThrowsAny<CryptographicException>(() => envelope.Open(_workspaceKey, Context(Guid.NewGuid())));
        Assert.ThrowsAny<CryptographicException>(() => envelope.Open(_workspaceKey, Context(Guid.Empty, Guid.NewGuid())));
        Assert.ThrowsAny<CryptographicException>(() => envelope.Open(RandomNumberGenerator.GetBytes(32), Context(Guid.Empty)));
    }

    [Theory]
    [InlineData("c")]
    [InlineData("t")]
    [InlineData("n")]
    [InlineData("wk")]
    public void Open_WithAFlippedByteAnywhere_Fails(string field)
    {
        var record = Guid.NewGuid();
        var envelope = Envelope.Seal(Secret, _workspaceKey, 1, Context(record));
        static byte[] Flip(byte[] bytes)
        {
            var copy = bytes.ToArray();
            copy[0] ^= 0x01;
            return copy;
        }

        var tampered = field switch
        {
            "c" => envelope with { Ciphertext = Flip(envelope.Ciphertext) },
            "t" => envelope with { Tag = Flip(envelope.Tag) },
            "n" => envelope with { Nonce = Flip(envelope.Nonce) },
            _ => envelope with { WrappedDataKey = Flip(envelope.WrappedDataKey) },
        };

        Assert.ThrowsAny<CryptographicException>(() => tampered.Open(_workspaceKey, Context(record)));
    }

    [Fact]
    public void Rewrap_MovesTheDataKeyToTheNewVersion_TheOldKeyNoLongerOpensIt()
    {
        var record = Guid.NewGuid();
        var envelope = Envelope.Seal(Secret, _workspaceKey, 1, Context(record));
        var newKey = RandomNumberGenerator.GetBytes(32);

        var rewrapped = envelope.Rewrap(_workspaceKey, newKey, 2, Context(record));

        Assert.Equal(2, rewrapped.KeyVersion);
        Assert.Equal(envelope.Ciphertext, rewrapped.Ciphertext);
        Assert.Equal(Secret, rewrapped.Open(newKey, Context(record)));
        Assert.Equal(Secret, envelope.Open(_workspaceKey, Context(record))); // the old version still opens its own envelope
        Assert.ThrowsAny<CryptographicException>(() => rewrapped.Open(_workspaceKey, Context(record)));
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task LocalProvider_WrapsUnderTheMasterKeyWithTheContext_AndRefusesAKeyFileOthersCanRead()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        try
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
            Assert.Throws<InvalidOperationException>(() => new LocalKeyProvider(file));
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            var provider = new LocalKeyProvider(file);
            var context = WorkspaceKeyMaterial.Context(Workspace, 1);

            var key = await provider.GenerateDataKeyAsync("master", context, default);

            Assert.Equal(key.Plaintext, await provider.DecryptDataKeyAsync("master", key.WrappedKey, context, default));
            await Assert.ThrowsAnyAsync<CryptographicException>(() =>
                provider.DecryptDataKeyAsync("master", key.WrappedKey, WorkspaceKeyMaterial.Context(Workspace, 2), default));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Fingerprint_IsStableForEqualSecretsAndRevealsNothingPlain()
    {
        var a = WorkspaceKeyMaterial.Fingerprint(_workspaceKey, Secret);

        Assert.Equal(a, WorkspaceKeyMaterial.Fingerprint(_workspaceKey, Secret));
        Assert.NotEqual(a, WorkspaceKeyMaterial.Fingerprint(_workspaceKey, "other"u8));
        Assert.NotEqual(a, Convert.ToHexStringLower(SHA256.HashData(Secret))[..16]);
    }

    [Fact]
    public void Keyring_StartRotation_ReturnsTheNextVersion_AndRefusesASecondOneWhileRunning()
    {
        var keyring = WorkspaceKeyring.Create(new WorkspaceId(Workspace), "local", "master", DateTimeOffset.UnixEpoch);
        var rotation = Guid.NewGuid();

        var version = keyring.StartRotation(rotation, "local", "master", DateTimeOffset.UnixEpoch);

        Assert.Equal(2, version);
        Assert.Equal(2, keyring.CurrentVersion);
        Assert.Throws<RotationInProgressException>(() => keyring.StartRotation(Guid.NewGuid(), "local", "master", DateTimeOffset.UnixEpoch));
        keyring.CompleteRotation(rotation, 2, 0, DateTimeOffset.UnixEpoch);
        Assert.Equal(3, keyring.StartRotation(Guid.NewGuid(), "local", "master", DateTimeOffset.UnixEpoch));
    }
}
