using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Audit.Events;

/// <summary>Someone exported the workspace's audit log (who, from the metadata; what range and types, in which format).
/// Recorded before the first line is sent, and included in the export itself. <paramref name="ActorId"/> and
/// <paramref name="StreamId"/> (one person's or one resource's events) are on exports since issue 16 only.</summary>
[EventName("AuditExported")]
public sealed record AuditExported(WorkspaceId WorkspaceId, Guid ExportId, DateTimeOffset? From, DateTimeOffset? To,
    IReadOnlyList<string>? Types, string Format, DateTimeOffset OccurredAt, Guid? ActorId = null, Guid? StreamId = null)
    : IDomainEvent;
