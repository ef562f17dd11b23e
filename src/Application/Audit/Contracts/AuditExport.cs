namespace Deepnote.Application.Audit.Contracts;

/// <summary>An export ready to be streamed: the events (read lazily, on a connection of their own, once the
/// <c>AuditExported</c> event is committed), then the signed checkpoints within the exported positions.</summary>
public sealed record AuditExport(Guid ExportId, Guid WorkspaceId, AuditFilter Filter, DateTimeOffset ExportedAt,
    string? SigningKeyId, string? PublicKeyPem, IAsyncEnumerable<ExportedEvent> Events,
    Func<long, long, IAsyncEnumerable<AuditCheckpoint>> Checkpoints);
