namespace Deepnote.Domain.SharedKernel;

/// <summary>A fact that happened, in the past tense. The same record is appended to the event store and shown in
/// the audit log, so it never carries a secret.</summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
