using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Execution;

/// <summary>What a run is about: where it ran and a keyed hash of what it ran (HMAC under the workspace's key, so
/// that nobody can confirm a guessed statement against the audit log).</summary>
public sealed record ExecutionTarget(ExecutionId ExecutionId, WorkspaceId WorkspaceId, ProjectId ProjectId,
    BlockId? BlockId, ConnectionId ConnectionId, UserId ActorId, string SqlHash);
