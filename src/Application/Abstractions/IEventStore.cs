using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Abstractions;

/// <summary>The event store, shaped like Marten's event API so that Marten can replace it without touching this
/// layer. Writes join the current unit of work (one PostgreSQL transaction per command).</summary>
public interface IEventStore
{
    /// <summary>Appends the aggregate's pending events, expecting the stream to be at the version it was loaded
    /// at (0 starts a new stream). A stale version raises <see cref="ConcurrencyException"/>.</summary>
    Task SaveAsync(IEventSourced aggregate, CancellationToken ct);

    /// <summary>Appends to a stream. <paramref name="expectedVersion"/>: the version before the append, or null
    /// to append at the end whatever it is.</summary>
    Task AppendAsync(Guid streamId, Guid chainId, long? expectedVersion, IReadOnlyList<IDomainEvent> events,
        CancellationToken ct);

    /// <summary>Appends in a transaction of its own that commits even when the surrounding command fails (used
    /// for denied attempts).</summary>
    Task AppendStandaloneAsync(Guid streamId, Guid chainId, IDomainEvent domainEvent, CancellationToken ct);

    Task<IReadOnlyList<RecordedEvent>> FetchStreamAsync(Guid streamId, CancellationToken ct);

    /// <summary>Rebuilds an aggregate from its stream, or null when the stream does not exist.</summary>
    Task<T?> AggregateStreamAsync<T>(Guid streamId, CancellationToken ct) where T : class, IEventSourced, new();
}
