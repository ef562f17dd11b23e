using System.Text.Json;

namespace Deepnote.Application.Audit.Contracts;

public sealed record AuditEventDto(long Sequence, string Type, DateTimeOffset RecordedAt, AuditActor? Actor,
    Guid StreamId, long StreamVersion, JsonElement Data, string? IpAddress, string? UserAgent,
    string? CorrelationId, string Hash, string PreviousHash);
