namespace Deepnote.Application.Audit.Contracts;

/// <summary>The event types one module writes to the log, by the names they are stored and filtered under.</summary>
public sealed record AuditEventTypeGroup(string Module, IReadOnlyList<string> Types);
