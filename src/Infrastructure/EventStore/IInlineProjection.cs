using Deepnote.Domain.SharedKernel;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>A read model updated in the same transaction as the events it follows, and rebuildable from them.</summary>
public interface IInlineProjection
{
    /// <summary>The tables this projection alone writes; a rebuild recreates them empty and replays into them.</summary>
    IReadOnlyList<string> Tables { get; }

    /// <summary>Adds the statements for <paramref name="domainEvent"/> to the batch, or nothing if it does not care.</summary>
    void Project(IDomainEvent domainEvent, ISqlBatch batch);
}
