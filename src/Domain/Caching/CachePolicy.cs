using Deepnote.Domain.Caching.Events;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Caching;

/// <summary>Whether results of a connection may be kept, encrypted, and for how long. One stream per connection;
/// a connection without one is <see cref="CachePolicyMode.Off"/>.</summary>
public sealed class CachePolicy : AggregateRoot<ConnectionId>
{
    public WorkspaceId WorkspaceId { get; private set; }

    public CachePolicyMode Mode { get; private set; }

    public int? TtlSeconds { get; private set; }

    public override Guid StreamId => StreamFor(Id);

    public override Guid ChainId => WorkspaceId.Value;

    public static Guid StreamFor(ConnectionId connection) => DerivedId.From(connection.Value, "cache-policy");

    /// <summary>Sets the policy; a TTL must lie between one second and the workspace's maximum.</summary>
    public static void Validate(CachePolicyMode mode, int? ttlSeconds, int maxTtlSeconds)
    {
        if (mode == CachePolicyMode.Ttl && ttlSeconds is not { } ttl) throw new CachePolicyException("TTL needs ttlSeconds.");
        if (mode == CachePolicyMode.Ttl && (ttlSeconds < 1 || ttlSeconds > maxTtlSeconds))
        {
            throw new CachePolicyException($"ttlSeconds must lie between 1 and {maxTtlSeconds} (the workspace maximum).");
        }
    }

    public bool Set(ConnectionId connection, WorkspaceId workspace, CachePolicyMode mode, int? ttlSeconds,
        int maxTtlSeconds, DateTimeOffset now)
    {
        Validate(mode, ttlSeconds, maxTtlSeconds);
        var ttl = mode == CachePolicyMode.Ttl ? ttlSeconds : null;
        if (Version > 0 && Mode == mode && TtlSeconds == ttl) return false;
        Raise(new CachePolicySet(connection, workspace, mode, ttl, now));
        return true;
    }

    public void RecordInvalidation(int entriesRemoved, string reason, DateTimeOffset now) =>
        Raise(new CacheInvalidated(Id, WorkspaceId, entriesRemoved, reason, now));

    protected override void When(IDomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case CachePolicySet e: (Id, WorkspaceId, Mode, TtlSeconds) = (e.ConnectionId, e.WorkspaceId, e.Mode, e.TtlSeconds); break;
            case CacheInvalidated e: (Id, WorkspaceId) = (e.ConnectionId, e.WorkspaceId); break;
            default: throw new InvalidOperationException($"{nameof(CachePolicy)} cannot apply {domainEvent.GetType().Name}.");
        }
    }
}
