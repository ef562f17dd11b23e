using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Events;

/// <summary>An attempt the authorization policy refused. The actor is in the event's metadata.</summary>
public sealed record AccessDenied(string Operation, string Reason, Guid? WorkspaceId, DateTimeOffset OccurredAt)
    : IDomainEvent;
