using System.Text.Json;

namespace Deepnote.Application.Audit.Contracts;

/// <summary>An event as the audit log shows it: every member but <see cref="AuditActor.Email"/> and
/// <paramref name="People"/> comes from what its hash covers (<paramref name="Metadata"/> verbatim; the actor and the
/// request fields are read from it). Those two are looked up at read time in the current directory.</summary>
public sealed record AuditEventDto(long Sequence, string Type, DateTimeOffset RecordedAt, AuditActor? Actor,
    Guid StreamId, long StreamVersion, JsonElement Data, string? IpAddress, string? UserAgent,
    string? CorrelationId, string Hash, string PreviousHash, Guid ChainId = default, long ChainPosition = 0,
    int Envelope = 0, JsonElement? Metadata = null, IReadOnlyList<AuditPerson>? People = null);
