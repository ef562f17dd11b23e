namespace Deepnote.Application.Audit.Contracts;

/// <summary>One event of an export, its data and metadata as the stored JSON text (never parsed on the way).
/// <paramref name="Included"/> false: outside the asked types or times, exported as a hash-only stub so that the
/// chain still verifies.</summary>
public sealed record ExportedEvent(long Sequence, Guid ChainId, long ChainPosition, Guid StreamId, long StreamVersion,
    string Type, DateTimeOffset RecordedAt, string Data, string? Metadata, int Envelope, string PreviousHash,
    string Hash, bool Included);
