using System.Text.Json;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>What is hashed for one event (docs/audit-chain.md). <paramref name="Envelope"/> is the envelope's
/// version: 0 for events written before the field existed (hashed without it), <see cref="CurrentEnvelope"/> for
/// new ones.</summary>
public sealed record ChainEntry(long Sequence, Guid StreamId, long StreamVersion, Guid ChainId, long ChainPosition,
    string EventType, JsonElement Data, JsonElement Metadata, DateTimeOffset RecordedAt,
    int Envelope = ChainEntry.CurrentEnvelope)
{
    public const int CurrentEnvelope = 1;
}
