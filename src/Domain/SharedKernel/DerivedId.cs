using System.Security.Cryptography;
using System.Text;

namespace Deepnote.Domain.SharedKernel;

/// <summary>A stable identifier derived from another and a purpose (a name-based UUID over SHA-256), for streams
/// that exist once per workspace, such as its keyring or its security log.</summary>
public static class DerivedId
{
    public static Guid From(Guid owner, string purpose)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"deepnote:{purpose}:{owner:N}"), hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
