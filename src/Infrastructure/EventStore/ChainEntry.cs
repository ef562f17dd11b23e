using System.Text.Json;

namespace Deepnote.Infrastructure.EventStore;

public sealed record ChainEntry(long Sequence, Guid StreamId, long StreamVersion, Guid ChainId, long ChainPosition,
    string EventType, JsonElement Data, JsonElement Metadata, DateTimeOffset RecordedAt);
