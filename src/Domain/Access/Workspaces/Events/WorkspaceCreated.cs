using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

/// <summary>A workspace came to be; its creator is its first ADMIN.</summary>
[EventName("WorkspaceCreated")]
public sealed record WorkspaceCreated(WorkspaceId WorkspaceId, string Name, UserId CreatedBy,
    DateTimeOffset OccurredAt) : IDomainEvent;
