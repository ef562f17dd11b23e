using System.Text.Json;
using Deepnote.Domain.Identity.Users.Events;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.EventStore;
using JasperFx.Events;

namespace Deepnote.UnitTests.Infrastructure;

/// <summary>The chain step Marten's listener runs: it continues the chain from the locked head, pins the hashed time,
/// queues the chain rows and the head in one go, and refuses (queuing nothing) an event Marten has not sequenced.</summary>
public sealed class ChainAppendTests
{
    private static readonly Guid Chain = Guid.Parse("0193b8a0-0000-7000-8000-0000000000c1");
    private static readonly Guid Stream = Guid.Parse("0193b8a0-0000-7000-8000-0000000000c2");
    private static readonly DateTimeOffset RecordedAt = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly JsonElement Metadata = JsonSerializer.SerializeToElement(new { actorKind = "System" });
    private const string Head = "5e8a3a4bd14c6f2a2a7a1e5b9f0c1d2e3f405162738495a6b7c8d9eaf0b1c2d3";

    [Fact]
    public void Link_ContinuesTheChainFromTheHead_AndQueuesTheChainRowsAndTheNewHead()
    {
        var events = new[] { Sequenced(41, 3), Sequenced(42, 4) };
        var batch = new RecordingBatch();

        Append().Link(events, batch, ToJson);

        var first = Entry(events[0], 8);
        var second = Entry(events[1], 9);
        var firstHash = ChainHasher.Hash(Head, first);
        var secondHash = ChainHasher.Hash(firstHash, second);
        var (chainSql, chainValues) = batch.Statements[0];
        Assert.Contains("insert into event_chain", chainSql);
        Assert.Equal(RecordedAt, chainValues[2]);
        Assert.Equal(new long[] { 41, 42 }, chainValues[6]);
        Assert.Equal(new long[] { 8, 9 }, chainValues[7]);
        Assert.Equal(new[] { "UserSignedIn", "UserSignedIn" }, chainValues[8]);
        Assert.Equal(new[] { Head, firstHash }, chainValues[9]);
        Assert.Equal(new[] { firstHash, secondHash }, chainValues[10]);
        var (headSql, headValues) = batch.Statements[1];
        Assert.Contains("update chain_heads", headSql);
        Assert.Equal([Chain, 9L, secondHash], headValues);
        Assert.All(events, e => Assert.Equal(RecordedAt, e.Timestamp)); // Marten stores the time that was hashed
        Assert.Equal(2, batch.Statements.Count); // no projections given
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(7, 0)]
    [InlineData(7, 4)] // not the version the caller expected (3)
    public void Link_RefusesAnEventMartenHasNotSequencedOrVersionedAsAsked_AndQueuesNothing(long sequence, long version)
    {
        var batch = new RecordingBatch();

        var refused = Assert.Throws<InvalidOperationException>(
            () => Append(firstVersion: 3).Link([Sequenced(sequence, version)], batch, ToJson));

        Assert.Contains("nothing was written", refused.Message);
        Assert.Empty(batch.Statements);
    }

    private static string ToJson(object data) => JsonSerializer.Serialize(data, data.GetType(), EventSerializer.Options);

    private static ChainAppend Append(long? firstVersion = null) =>
        new(Chain, 7, Head, Metadata, null, RecordedAt, [], firstVersion);

    private static Event<UserSignedIn> Sequenced(long sequence, long version) =>
        new(new UserSignedIn(new UserId(Stream), RecordedAt)) { Sequence = sequence, Version = version, StreamId = Stream };

    private static ChainEntry Entry(IEvent e, long position) =>
        new(e.Sequence, Stream, e.Version, Chain, position, "UserSignedIn",
            EventSerializer.Serialize((IDomainEvent)e.Data), Metadata, RecordedAt);

    private sealed class RecordingBatch : ISqlBatch
    {
        public List<(string Sql, object?[] Values)> Statements { get; } = [];

        public void Add(string sql, params object?[] values) => Statements.Add((sql, values));
    }
}
