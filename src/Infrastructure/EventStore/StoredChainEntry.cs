namespace Deepnote.Infrastructure.EventStore;

/// <summary>What is hashed for one event as verification reads it back: <see cref="ChainEntry"/>'s members, with
/// the data and metadata as the JSON text PostgreSQL returns (canonicalised without building a document).</summary>
public readonly ref struct StoredChainEntry
{
    public StoredChainEntry(long sequence, Guid streamId, long streamVersion, Guid chainId, long chainPosition,
        string eventType, ReadOnlySpan<byte> data, ReadOnlySpan<byte> metadata, DateTimeOffset recordedAt, int envelope)
    {
        (Sequence, StreamId, StreamVersion, ChainId, ChainPosition, EventType) =
            (sequence, streamId, streamVersion, chainId, chainPosition, eventType);
        Data = data;
        Metadata = metadata;
        (RecordedAt, Envelope) = (recordedAt, envelope);
    }

    public long Sequence { get; }

    public Guid StreamId { get; }

    public long StreamVersion { get; }

    public Guid ChainId { get; }

    public long ChainPosition { get; }

    public string EventType { get; }

    public ReadOnlySpan<byte> Data { get; }

    public ReadOnlySpan<byte> Metadata { get; }

    public DateTimeOffset RecordedAt { get; }

    public int Envelope { get; }
}
