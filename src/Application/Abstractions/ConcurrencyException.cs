namespace Deepnote.Application.Abstractions;

public sealed class ConcurrencyException(Guid streamId, long? expectedVersion)
    : Exception($"Stream {streamId} is no longer at version {expectedVersion}: someone else changed it first.")
{
    public Guid StreamId { get; } = streamId;
}
