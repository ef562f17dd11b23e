using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Execution.Events;

/// <summary>A running query was cancelled in the database by the actor in the metadata.</summary>
public sealed record QueryCancelled(ExecutionId ExecutionId, WorkspaceId WorkspaceId, ProjectId ProjectId,
    BlockId? BlockId, ConnectionId ConnectionId, UserId ActorId, string SqlHash, long DurationMicroseconds, DateTimeOffset OccurredAt)
    : IDomainEvent;
