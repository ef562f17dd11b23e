using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Abstractions;

public sealed record RecordedEvent(long Sequence, Guid StreamId, long StreamVersion, Guid ChainId,
    long ChainPosition, IDomainEvent Data, DateTimeOffset RecordedAt);
