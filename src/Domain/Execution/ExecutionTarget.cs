using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Execution;

/// <summary>What a run is about: where it ran and a hash of what it ran.</summary>
public sealed record ExecutionTarget(ExecutionId ExecutionId, WorkspaceId WorkspaceId, ProjectId ProjectId,
    BlockId? BlockId, ConnectionId ConnectionId, UserId ActorId, string SqlHash);
