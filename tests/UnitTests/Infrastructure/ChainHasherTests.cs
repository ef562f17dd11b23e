using System.Text.Json;
using Deepnote.Infrastructure.EventStore;

namespace Deepnote.UnitTests.Infrastructure;

/// <summary>The envelope written straight out must be byte for byte what canonicalising the envelope object gives
/// (docs/audit-chain.md): every hash ever stored depends on it.</summary>
public sealed class ChainHasherTests
{
    [Theory]
    [InlineData("""{"b":1,"a":"x"}""", """{"actorId":null,"actorKind":"System"}""", 1)]
    [InlineData("""{"name":"Grüße \"quoted\" \\ back\nline\ttab\u0001 ☃ 😀","n":-9223372036854775808,"list":[3,{"z":null,"y":true}]}""", "null", 0)]
    [InlineData("""{"é":1,"e":2,"E":3,"😀":4,"":5}""", """{"userAgent":"=HYPERLINK(\"x\")","ipAddress":"::1"}""", 1)]
    [InlineData("""{"a\"b":"\u0041\/x","\u0042":"é","B0":"\ud83d\ude00","\uE000":1,"\ud83d\ude00":2}""", """{"k":"v"}""", 1)]
    public void TheEnvelope_IsTheCanonicalFormOfTheEnvelopeObject(string data, string metadata, int envelope)
    {
        using var d = JsonDocument.Parse(data);
        using var m = JsonDocument.Parse(metadata);
        var entry = new ChainEntry(9_007_199_254_740_993, Guid.NewGuid(), 42, Guid.NewGuid(), 7, "ProjectRenamed", d.RootElement,
            m.RootElement, new DateTimeOffset(2026, 12, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1234560), envelope);
        var envelopeObject = new Dictionary<string, object?>
        {
            ["chainId"] = entry.ChainId.ToString("D"), ["chainPosition"] = entry.ChainPosition, ["data"] = entry.Data,
            ["metadata"] = entry.Metadata, ["recordedAt"] = "2026-12-02T03:04:05.123456Z", ["sequence"] = entry.Sequence,
            ["streamId"] = entry.StreamId.ToString("D"), ["streamVersion"] = entry.StreamVersion, ["type"] = entry.EventType,
        };
        if (envelope > 0) envelopeObject["envelope"] = envelope;

        var expected = CanonicalJson.ToBytes(JsonSerializer.SerializeToElement(envelopeObject));

        Assert.Equal(expected, ChainHasher.CanonicalBytes(entry));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([.. new byte[32], .. expected]));
        Assert.Equal(hash, ChainHasher.Hash(ChainHasher.GenesisHash, entry));
        // Verification's path: the same event as JSON text, spaced otherwise (as PostgreSQL returns jsonb).
        var spaced = new JsonSerializerOptions { WriteIndented = true };
        var stored = Stored(entry, JsonSerializer.SerializeToUtf8Bytes(d.RootElement, spaced),
            JsonSerializer.SerializeToUtf8Bytes(m.RootElement, spaced));
        Assert.True(Matches(ChainHasher.GenesisHash, stored, hash));
        Assert.False(Matches(ChainHasher.GenesisHash, stored, hash.ToUpperInvariant()));
        Assert.False(Matches(ChainHasher.GenesisHash, stored, hash[..^1] + (hash[^1] == '0' ? '1' : '0')));
        Assert.False(Matches(hash, stored, hash)); // another previous hash
        Assert.False(Matches(ChainHasher.GenesisHash, stored, hash[..62]));
        Assert.False(Matches(ChainHasher.GenesisHash, stored, hash + "0"));
        Assert.False(Matches(ChainHasher.GenesisHash[..62], stored, hash)); // a previous hash that is not one
        Assert.False(Matches("zz" + ChainHasher.GenesisHash[2..], stored, hash));
    }

    private static bool Matches(string previous, StoredChainEntry entry, string hash) =>
        ChainHasher.Matches(System.Text.Encoding.UTF8.GetBytes(previous), entry, System.Text.Encoding.UTF8.GetBytes(hash));

    private static StoredChainEntry Stored(ChainEntry e, byte[] data, byte[] metadata) =>
        new(e.Sequence, e.StreamId, e.StreamVersion, e.ChainId, e.ChainPosition, e.EventType, data, metadata, e.RecordedAt,
            e.Envelope);
}
