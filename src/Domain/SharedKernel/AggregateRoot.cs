namespace Deepnote.Domain.SharedKernel;

/// <summary>Base of every aggregate: state changes only by applying events, so replay and the live path run the
/// same code.</summary>
public abstract class AggregateRoot<TId> : IEventSourced
    where TId : struct, IStronglyTypedId
{
    private readonly List<IDomainEvent> _pending = [];

    public TId Id { get; protected set; }

    public long Version { get; private set; }

    public IReadOnlyList<IDomainEvent> PendingEvents => _pending;

    /// <summary>The stream of this aggregate: its id, unless the aggregate exists once per owner.</summary>
    public virtual Guid StreamId => Id.Value;

    public abstract Guid ChainId { get; }

    /// <summary>Deleted aggregates keep their stream (the log is immutable) but are not found by loads for change.</summary>
    public virtual bool IsDeleted => false;

    protected void Raise(IDomainEvent domainEvent)
    {
        When(domainEvent);
        _pending.Add(domainEvent);
        Version++;
    }

    public void Replay(IDomainEvent domainEvent)
    {
        When(domainEvent);
        Version++;
    }

    public void MarkCommitted() => _pending.Clear();

    /// <summary>Dispatches an event to its <c>Apply</c> method.</summary>
    protected abstract void When(IDomainEvent domainEvent);
}
