using Deepnote.Domain.SharedKernel;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>Runs an <see cref="IAsyncProjection"/> inside Marten's async daemon: its statements are queued on the
/// daemon's session and commit with the daemon's progress mark. Marten's own records (tombstones of failed appends)
/// are not the product's events and are skipped.</summary>
internal sealed class MartenAsyncProjection(IAsyncProjection projection) : IProjection
{
    public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var domainEvents = events.Where(e => e.Data is IDomainEvent)
            .Select(e => new SequencedEvent(e.Sequence, (IDomainEvent)e.Data)).ToList();
        if (domainEvents.Count > 0) projection.Project(domainEvents, new SessionSqlBatch(operations));
        return Task.CompletedTask;
    }
}
