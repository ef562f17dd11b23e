using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Audit.Events;

/// <summary>Someone exported the workspace's audit log (who, from the metadata; what range and types, in which format).
/// Recorded before the first line is sent, and included in the export itself.</summary>
[EventName("AuditExported")]
public sealed record AuditExported(WorkspaceId WorkspaceId, Guid ExportId, DateTimeOffset? From, DateTimeOffset? To,
    IReadOnlyList<string>? Types, string Format, DateTimeOffset OccurredAt) : IDomainEvent;
