namespace Deepnote.Infrastructure.EventStore;

/// <summary>A read model that may lag its events by seconds. Marten's async daemon feeds it committed events in
/// sequence order, in batches, on one node of the cluster at a time (HotCold), and records how far it got in the
/// same transaction as the projection's statements. Only for read models no request reads right after its own
/// write; those are <see cref="IInlineProjection"/>s.</summary>
public interface IAsyncProjection
{
    /// <summary>The name Marten tracks its progress under (<c>mt_event_progression</c>); never renamed.</summary>
    string Name { get; }

    /// <summary>The tables this projection alone writes; a rebuild recreates them empty and replays into them.</summary>
    IReadOnlyList<string> Tables { get; }

    void Project(IReadOnlyList<SequencedEvent> events, ISqlBatch batch);
}
