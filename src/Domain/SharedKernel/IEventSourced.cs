namespace Deepnote.Domain.SharedKernel;

/// <summary>What the event store needs of an aggregate: its stream, the workspace chain its events join, its
/// version, the events raised since it was loaded, and a way to replay history.</summary>
public interface IEventSourced
{
    Guid StreamId { get; }

    Guid ChainId { get; }

    long Version { get; }

    /// <summary>A deleted aggregate keeps its stream (the log is immutable) but is not found by loads for change.</summary>
    bool IsDeleted { get; }

    IReadOnlyList<IDomainEvent> PendingEvents { get; }

    void Replay(IDomainEvent domainEvent);

    void MarkCommitted();
}
