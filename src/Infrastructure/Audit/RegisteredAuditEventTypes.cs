using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Audit.Ports;
using Deepnote.Infrastructure.EventStore;

namespace Deepnote.Infrastructure.Audit;

/// <summary>The event types the store knows by name, grouped by the domain module whose namespace declares them
/// (<c>Deepnote.Domain.Access.Projects.Events</c> → Access), modules and types in ordinal order.</summary>
internal sealed class RegisteredAuditEventTypes : IAuditEventTypes
{
    private const string DomainPrefix = "Deepnote.Domain.";

    public IReadOnlyList<AuditEventTypeGroup> Groups { get; } = EventSerializer.Types.Names
        .GroupBy(name => Module(EventSerializer.Types.TypeOf(name)!))
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new AuditEventTypeGroup(g.Key, g.Order(StringComparer.Ordinal).ToList()))
        .ToList();

    private static string Module(Type type)
    {
        var ns = type.Namespace ?? "";
        return ns.StartsWith(DomainPrefix, StringComparison.Ordinal) ? ns[DomainPrefix.Length..].Split('.')[0] : "Other";
    }
}
