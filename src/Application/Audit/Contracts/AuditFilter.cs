namespace Deepnote.Application.Audit.Contracts;

public sealed record AuditFilter(Guid? ActorId, IReadOnlyList<string>? Types, Guid? StreamId, DateTimeOffset? From,
    DateTimeOffset? To)
{
    public static AuditFilter None { get; } = new(null, null, null, null, null);
}
