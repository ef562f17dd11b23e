using System.Security.Cryptography;
using System.Text;

namespace Deepnote.Application.Behaviors;

/// <summary>The stream that holds a chain's security facts (denied attempts, failed sign-ins): one per workspace
/// and one for the platform, with an identifier derived from the chain's so that nothing needs looking up.</summary>
public static class SecurityStream
{
    public static Guid For(Guid chainId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes("deepnote-security-stream:" + chainId.ToString("N")), hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
