using System.Text.Json;
using Deepnote.Infrastructure.Audit;
using Deepnote.Infrastructure.EventStore;

namespace Deepnote.UnitTests.Infrastructure;

public sealed class ChainVerifierTests
{
    private static readonly Guid Chain = Guid.NewGuid();

    private static (ChainEntry Entry, string Previous, string Hash)[] Chain3()
    {
        var previous = ChainHasher.GenesisHash;
        var rows = new List<(ChainEntry, string, string)>();
        for (var i = 1; i <= 3; i++)
        {
            var entry = new ChainEntry(i * 10, Guid.Empty, i, Chain, i, "UserSignedIn",
                JsonDocument.Parse($"{{\"n\":{i}}}").RootElement, JsonDocument.Parse("{}").RootElement, DateTimeOffset.UnixEpoch);
            var hash = ChainHasher.Hash(previous, entry);
            rows.Add((entry, previous, hash));
            previous = hash;
        }

        return [.. rows];
    }

    [Fact]
    public void Finish_OnAnIntactChainMatchingItsHead_IsValid()
    {
        var rows = Chain3();
        var verifier = new ChainVerifier(Chain);
        foreach (var (entry, previous, hash) in rows) verifier.Check(entry, previous, hash);

        var result = verifier.Finish(3, rows[^1].Hash);

        Assert.True(result.Valid);
        Assert.Equal(3, result.CheckedEvents);
        Assert.Null(result.FirstBrokenSequence);
    }

    /// <summary>Sequences 10, 20, 30 walked; an event of the chain's streams outside the chain breaks it where it
    /// stands, whether among the walked events or after the last.</summary>
    [Theory]
    [InlineData(15L, 15L)]
    [InlineData(35L, 35L)]
    [InlineData(5L, 5L)]
    public void AnUnchainedEvent_BreaksTheChainWhereItStands(long unchained, long broken)
    {
        var rows = Chain3();
        var verifier = new ChainVerifier(Chain);
        verifier.Unchained(unchained, 2);
        foreach (var (entry, previous, hash) in rows) verifier.Check(entry, previous, hash);

        var result = verifier.Finish(3, rows[^1].Hash);

        Assert.False(result.Valid);
        Assert.Equal(broken, result.FirstBrokenSequence);
        Assert.Equal(5, result.CheckedEvents);
    }

    [Fact]
    public void AnUnchainedEvent_AfterAnEarlierBreak_LeavesTheEarlierOne()
    {
        var rows = Chain3();
        var verifier = new ChainVerifier(Chain);
        verifier.Unchained(25, 1);
        verifier.Check(rows[0].Entry, rows[0].Previous, rows[0].Hash);
        verifier.Check(rows[1].Entry, rows[1].Previous, (rows[1].Hash[0] == '0' ? "1" : "0") + rows[1].Hash[1..]);
        verifier.Check(rows[2].Entry, rows[2].Previous, rows[2].Hash);

        Assert.Equal(20, verifier.Finish(3, rows[^1].Hash).FirstBrokenSequence);
    }

    [Fact]
    public void Check_WithAGapInPositions_BreaksAtTheEventAfterTheGap()
    {
        var rows = Chain3();
        var verifier = new ChainVerifier(Chain);
        verifier.Check(rows[0].Entry, rows[0].Previous, rows[0].Hash);
        verifier.Check(rows[2].Entry, rows[2].Previous, rows[2].Hash);

        var result = verifier.Finish(3, rows[2].Hash);

        Assert.False(result.Valid);
        Assert.Equal(30, result.FirstBrokenSequence);
    }

    [Fact]
    public void Finish_WhenTheHeadIsAheadOfTheLastEvent_IsInvalid()
    {
        var rows = Chain3();
        var verifier = new ChainVerifier(Chain);
        foreach (var (entry, previous, hash) in rows.Take(2)) verifier.Check(entry, previous, hash);

        Assert.False(verifier.Finish(3, rows[2].Hash).Valid);
    }

    [Theory]
    [InlineData(2, true, true, null, 1L)] // anchored at 2: valid, one event after it not yet anchored
    [InlineData(3, true, true, null, 0L)]
    [InlineData(5, true, false, "shorter than its signed checkpoint", 3L)] // a cut with the head rewound
    [InlineData(2, false, false, "signature does not verify", 3L)]
    public void Finish_ChecksTheNewestCheckpoint(long position, bool signatureValid, bool valid, string? problem, long unanchored)
    {
        var rows = Chain3();
        var hash = position <= 3 ? rows[position - 1].Hash : new string('c', 64);
        var checkpoint = new Deepnote.Application.Audit.Contracts.AuditCheckpoint(Chain, position, hash, DateTimeOffset.UnixEpoch,
            "local:test", "ECDSA_P256_SHA256", "");
        var verifier = new ChainVerifier(Chain, checkpoint, signatureValid);
        foreach (var (entry, previous, h) in rows) verifier.Check(entry, previous, h);

        var result = verifier.Finish(3, rows[^1].Hash);

        Assert.Equal(valid, result.Valid);
        Assert.Equal(unanchored, result.UnanchoredEvents);
        if (problem is null) Assert.Null(result.Problem);
        else Assert.Contains(problem, result.Problem);
        Assert.Equal(position, result.Checkpoint!.Position);
    }

    [Fact]
    public void Finish_WhenTheChainHasAnotherHashAtTheCheckpoint_BreaksAtThatEvent()
    {
        var rows = Chain3();
        var checkpoint = new Deepnote.Application.Audit.Contracts.AuditCheckpoint(Chain, 2, new string('d', 64),
            DateTimeOffset.UnixEpoch, "local:test", "ECDSA_P256_SHA256", "");
        var verifier = new ChainVerifier(Chain, checkpoint, signatureValid: true);
        foreach (var (entry, previous, h) in rows) verifier.Check(entry, previous, h);

        var result = verifier.Finish(3, rows[^1].Hash);

        Assert.False(result.Valid);
        Assert.Equal(20, result.FirstBrokenSequence);
        Assert.False(result.Checkpoint!.Matches);
        Assert.Contains("disagrees", result.Problem);
    }
}
