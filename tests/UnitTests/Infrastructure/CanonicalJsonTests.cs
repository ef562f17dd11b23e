using System.Text;
using System.Text.Json;
using Deepnote.Infrastructure.EventStore;

namespace Deepnote.UnitTests.Infrastructure;

/// <summary>The documented canonical form (docs/audit-chain.md) that a verifier in any language rebuilds.</summary>
public sealed class CanonicalJsonTests
{
    [Fact]
    public void ToBytes_SortsKeysOrdinallyRemovesWhitespaceAndEscapesMinimally()
    {
        using var json = JsonDocument.Parse("""
            { "b": [1, true, null], "a": "x\"y\\z\n\u0001é", "B": {"d": -7, "c": "✓"} }
            """);

        var canonical = Encoding.UTF8.GetString(CanonicalJson.ToBytes(json.RootElement));

        Assert.Equal("{\"B\":{\"c\":\"✓\",\"d\":-7},\"a\":\"x\\\"y\\\\z\\n\\u0001é\",\"b\":[1,true,null]}", canonical);
    }

    [Fact]
    public void ToBytes_RefusesNonIntegerNumbers()
    {
        using var json = JsonDocument.Parse("{\"x\": 1.5}");

        Assert.Throws<InvalidOperationException>(() => CanonicalJson.ToBytes(json.RootElement));
    }

    [Fact]
    public void Hash_IsSha256OfThePreviousHashAndTheCanonicalEnvelope()
    {
        using var data = JsonDocument.Parse("{\"name\":\"Default\"}");
        using var metadata = JsonDocument.Parse("{\"actorKind\":\"System\"}");
        var entry = new ChainEntry(7, Guid.Parse("01a20c21-6996-7b36-9913-d2a26370f2f8"), 1,
            Guid.Parse("01a20c21-6996-7b36-9913-d2a26370f2f8"), 1, "WorkspaceCreated", data.RootElement,
            metadata.RootElement, new DateTimeOffset(2026, 11, 24, 5, 57, 26, TimeSpan.Zero).AddTicks(383803), Envelope: 0);

        var canonical = Encoding.UTF8.GetString(ChainHasher.CanonicalBytes(entry));
        var hash = ChainHasher.Hash(ChainHasher.GenesisHash, entry);

        Assert.Equal("{\"chainId\":\"01a20c21-6996-7b36-9913-d2a26370f2f8\",\"chainPosition\":1,\"data\":{\"name\":\"Default\"},"
            + "\"metadata\":{\"actorKind\":\"System\"},\"recordedAt\":\"2026-11-24T05:57:26.038380Z\",\"sequence\":7,"
            + "\"streamId\":\"01a20c21-6996-7b36-9913-d2a26370f2f8\",\"streamVersion\":1,\"type\":\"WorkspaceCreated\"}", canonical);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            [.. new byte[32], .. Encoding.UTF8.GetBytes(canonical)]));
        Assert.Equal(expected, hash);
        Assert.NotEqual(hash, ChainHasher.Hash(expected, entry));
    }

    [Fact]
    public void Envelope_FromVersionOneOn_IsHashedWithItsVersion_AndAnotherVersionGivesAnotherHash()
    {
        using var data = JsonDocument.Parse("{\"name\":\"Default\"}");
        using var metadata = JsonDocument.Parse("{\"actorKind\":\"System\"}");
        var entry = new ChainEntry(7, Guid.Empty, 1, Guid.Empty, 1, "WorkspaceCreated", data.RootElement,
            metadata.RootElement, new DateTimeOffset(2026, 11, 24, 5, 57, 26, TimeSpan.Zero));

        var canonical = Encoding.UTF8.GetString(ChainHasher.CanonicalBytes(entry));

        Assert.Equal(ChainEntry.CurrentEnvelope, entry.Envelope);
        Assert.Contains("\"data\":{\"name\":\"Default\"},\"envelope\":1,\"metadata\"", canonical);
        Assert.NotEqual(ChainHasher.Hash(ChainHasher.GenesisHash, entry),
            ChainHasher.Hash(ChainHasher.GenesisHash, entry with { Envelope = 0 }));
        Assert.NotEqual(ChainHasher.Hash(ChainHasher.GenesisHash, entry),
            ChainHasher.Hash(ChainHasher.GenesisHash, entry with { Envelope = 2 }));
    }
}
