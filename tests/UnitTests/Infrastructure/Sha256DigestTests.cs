using System.Security.Cryptography;
using Deepnote.Infrastructure.EventStore;

namespace Deepnote.UnitTests.Infrastructure;

/// <summary>The chain's SHA-256, through OpenSSL's functions called straight, is the standard one.</summary>
public sealed class Sha256DigestTests
{
    [Fact]
    public void OnLinux_OpenSslsFunctionsAreInUse()
    {
        Assert.Equal(OperatingSystem.IsLinux(), Sha256Digest.UsesOpenSsl);
    }

    [Fact]
    public void EveryLength_HashesAsTheStandardSha256()
    {
        var random = new Random(256);
        var hash = new byte[Sha256Digest.Size];
        foreach (var length in Enumerable.Range(0, 300).Concat([511, 512, 513, 540, 4096, 1 << 20]))
        {
            var message = new byte[length];
            random.NextBytes(message);

            Sha256Digest.Hash(message, hash);

            Assert.Equal(SHA256.HashData(message), hash);
        }
    }

    [Fact]
    public void TheKnownAnswer_ForAbc()
    {
        var hash = new byte[Sha256Digest.Size];

        Sha256Digest.Hash("abc"u8, hash);

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(hash));
    }

    [Fact]
    public async Task ThreadsHashingAtOnce_DoNotShareAContext()
    {
        var messages = Enumerable.Range(0, 8).Select(i => Enumerable.Repeat((byte)i, 1000 + i).ToArray()).ToArray();

        await Task.WhenAll(messages.Select(message => Task.Run(() =>
        {
            var hash = new byte[Sha256Digest.Size];
            for (var i = 0; i < 2_000; i++)
            {
                Sha256Digest.Hash(message, hash);
                Assert.Equal(SHA256.HashData(message), hash);
            }
        })));
    }

    [Fact]
    public void AShortBuffer_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Sha256Digest.Hash("abc"u8, new byte[31]));
    }
}
