using Deepnote.Application.Audit.Contracts;

namespace Deepnote.Application.Audit.Ports;

/// <summary>Every event type the log can hold, grouped by the module that writes it.</summary>
public interface IAuditEventTypes
{
    IReadOnlyList<AuditEventTypeGroup> Groups { get; }
}
