using System.Text.Json;

namespace Deepnote.Application.Audit.Contracts;

public sealed record AuditEventDto(long Sequence, string Type, DateTimeOffset RecordedAt, AuditActor? Actor,
    Guid StreamId, long StreamVersion, JsonElement Data, string? IpAddress, string? UserAgent,
    string? CorrelationId, string Hash, string PreviousHash);

public sealed record AuditActor(Guid? Id, string Kind, string? Email, Guid? ApiTokenId = null);

public sealed record AuditFilter(Guid? ActorId, IReadOnlyList<string>? Types, Guid? StreamId, DateTimeOffset? From,
    DateTimeOffset? To)
{
    public static AuditFilter None { get; } = new(null, null, null, null, null);
}

/// <param name="FirstBrokenSequence">The first event whose stored hash does not match its recomputed one, or
/// whose position in the chain is not the next one (a deleted or reordered event).</param>
public sealed record ChainVerification(bool Valid, long CheckedEvents, long? FirstBrokenSequence, string? HeadHash);
