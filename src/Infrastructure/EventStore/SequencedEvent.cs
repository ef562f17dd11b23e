using Deepnote.Domain.SharedKernel;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>A committed event and its place in the global sequence (<c>mt_events.seq_id</c>).</summary>
public sealed record SequencedEvent(long Sequence, IDomainEvent Event);
