using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>hash = SHA-256(previous hash bytes || canonical bytes of the event envelope), hex lower-case. The
/// first event of a chain has the all-zero previous hash.</summary>
public static class ChainHasher
{
    public static readonly string GenesisHash = new('0', 64);

    public static string Hash(string previousHash, ChainEntry entry)
    {
        var canonical = CanonicalBytes(entry);
        var input = new byte[32 + canonical.Length];
        Convert.FromHexString(previousHash).CopyTo(input, 0);
        canonical.CopyTo(input, 32);
        return Convert.ToHexStringLower(SHA256.HashData(input));
    }

    /// <summary>The envelope hashed for an event: every stored column but the hashes themselves, and from envelope
    /// version 1 on the version itself, so that a later change of what is hashed cannot be passed off as an old one.</summary>
    public static byte[] CanonicalBytes(ChainEntry entry)
    {
        var envelope = new Dictionary<string, object?>
        {
            ["chainId"] = entry.ChainId.ToString("D"),
            ["chainPosition"] = entry.ChainPosition,
            ["data"] = entry.Data,
            ["metadata"] = entry.Metadata,
            ["recordedAt"] = FormatTime(entry.RecordedAt),
            ["sequence"] = entry.Sequence,
            ["streamId"] = entry.StreamId.ToString("D"),
            ["streamVersion"] = entry.StreamVersion,
            ["type"] = entry.EventType,
        };
        if (entry.Envelope > 0) envelope["envelope"] = entry.Envelope;
        using var document = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(envelope));
        return CanonicalJson.ToBytes(document.RootElement);
    }

    /// <summary>UTC with exactly six fractional digits (PostgreSQL's precision), e.g. 2026-11-24T05:43:50.123456Z.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset TruncateToMicroseconds(DateTimeOffset time) =>
        new(time.UtcTicks - time.UtcTicks % 10, TimeSpan.Zero);
}
