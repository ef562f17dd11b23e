using System.Security.Cryptography;

namespace Deepnote.Infrastructure.Identity;

/// <summary>Random bearer secrets (256 bits, URL-safe) and the SHA-256 under which they are stored.</summary>
internal static class Tokens
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
